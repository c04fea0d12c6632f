// gperftools' tcmalloc: linked in, it replaces malloc and free for the whole process
// (Swift's runtime included), and its C API hands freed memory back to the system.
#include <gperftools/malloc_extension_c.h>
