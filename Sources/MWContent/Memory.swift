/// Hands memory that was freed back to the system. glibc keeps freed memory in per-thread
/// arenas, where memory freed by one worker thread is not reused by another; between the large
/// stages of a big build (each of which frees hundreds of megabytes built on every core) this
/// keeps the next stage from adding its peak on top of the last one's.
public enum Memory {
    public static func returnFreePages() {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `int malloc_trim(size_t pad)` (declared in malloc.h, which the Glibc module leaves out).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif
