"""OpenCV, held to one thread from the moment it is imported. Why: the parallelism of OCR is across pages,
and a child forked from a process whose OpenCV thread pool has run hangs for ever the first time it
changes the pool (glibc's pthread_cond_destroy waits for the parent's pool threads, which the child does
not have). With one thread from the start no pool is ever made, so any process may fork a reader."""

import cv2

cv2.setNumThreads(1)

__all__ = ["components", "cv2"]


def components(mask):
    """`cv2.connectedComponentsWithStats` of a mask, 8-connected, its labels in 16 bits: a page's labels
    and statistics take half the time they take in 32. OpenCV refuses to count past 16 bits (a page of
    more pieces than that), and then the mask is labelled in 32: the labels are the same either way."""
    try:
        return cv2.connectedComponentsWithStats(mask, connectivity=8, ltype=cv2.CV_16U)
    except cv2.error:
        return cv2.connectedComponentsWithStats(mask, connectivity=8, ltype=cv2.CV_32S)
