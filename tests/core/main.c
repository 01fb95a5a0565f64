/* Runs the core's CUnit suites: all of them, or those named on the command
 * line (`weaveheap_core_tests regions borrows`). CUnit's basic runner returns
 * success even when assertions fail, so the exit status comes from its
 * failure counts. */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

static const wh_suite* const suites[] = {
    &wh_suite_library, &wh_suite_regions, &wh_suite_handles, &wh_suite_buffers, &wh_suite_bytes_strings,
    &wh_suite_borrows, &wh_suite_stats, &wh_suite_publish, &wh_suite_faults, &wh_suite_objects, &wh_suite_vectors, &wh_suite_varcolumns, &wh_suite_resize, &wh_suite_foreign, &wh_suite_batches, &wh_suite_batch_rows, &wh_suite_lists, &wh_suite_producer, &wh_suite_quarantine,
    &wh_suite_coverage, /* last: it checks what the others recorded */
};

static bool wanted(const char* name, int argc, char** argv) {
    if (argc < 2) return true;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], name) == 0) return true;
    return false;
}

int main(int argc, char** argv) {
    for (int i = 1; i < argc; i++) {
        bool known = false;
        for (size_t s = 0; s < sizeof suites / sizeof suites[0]; s++) known |= strcmp(argv[i], suites[s]->name) == 0;
        if (!known) {
            fprintf(stderr, "unknown suite '%s'; suites:", argv[i]);
            for (size_t s = 0; s < sizeof suites / sizeof suites[0]; s++) fprintf(stderr, " %s", suites[s]->name);
            fprintf(stderr, "\n");
            return 2;
        }
    }
    if (CU_initialize_registry() != CUE_SUCCESS) {
        fprintf(stderr, "CUnit: %s\n", CU_get_error_msg());
        return 2;
    }
    for (size_t s = 0; s < sizeof suites / sizeof suites[0]; s++) {
        if (!wanted(suites[s]->name, argc, argv)) continue;
        CU_pSuite suite = CU_add_suite(suites[s]->name, NULL, NULL);
        if (!suite) goto registry_error;
        for (const wh_test* t = suites[s]->tests; t->name; t++)
            if (!CU_add_test(suite, t->name, t->fn)) goto registry_error;
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    if (CU_basic_run_tests() != CUE_SUCCESS) goto registry_error;
    unsigned failures = CU_get_number_of_failures();
    unsigned suites_failed = CU_get_number_of_suites_failed();
    unsigned tests_run = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    printf("\n%u tests run, %u assertion failures, %u suites failed\n", tests_run, failures, suites_failed);
    return failures || suites_failed || tests_run == 0 ? 1 : 0;
registry_error:
    fprintf(stderr, "CUnit: %s\n", CU_get_error_msg());
    CU_cleanup_registry();
    return 2;
}
