/* The core's function table (weaveheap_api.h): what a base package hands
 * an extension, so that the extension calls this core, the one the process
 * loaded, and never a second copy. */
#include "weaveheap_api.h"

static const weaveheap_api table = {
    .abi = WEAVEHEAP_ABI_VERSION,
    .size = sizeof(weaveheap_api),
    .hash = WEAVEHEAP_IDL_HASH,
#define WH_ENTRY(member, fn) .member = fn,
    WEAVEHEAP_API_FUNCTIONS(WH_ENTRY)
#undef WH_ENTRY
};

void* weaveheap_api_table(void) { return (void*)&table; }
