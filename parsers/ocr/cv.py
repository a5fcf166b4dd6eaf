"""OpenCV, held to one thread from the moment it is imported. Why: the parallelism of OCR is across pages,
and a child forked from a process whose OpenCV thread pool has run hangs for ever the first time it
changes the pool (glibc's pthread_cond_destroy waits for the parent's pool threads, which the child does
not have). With one thread from the start no pool is ever made, so any process may fork a reader."""

import cv2

cv2.setNumThreads(1)

__all__ = ["cv2"]
