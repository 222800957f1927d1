/* Builds and frees 100 million small heap objects -- a 2-element array with
   its length and a short formatted string in each of 50 million steps:
   the reference for programs/alloc_churn.mpl. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pair_list { long len; long elems[]; };

int main(void) {
    long n = 50000000, total = 0;
    for (long i = 0; i < n; i++) {
        struct pair_list *pair = malloc(sizeof *pair + 2 * sizeof(long));
        pair->len = 2;
        pair->elems[0] = i;
        pair->elems[1] = i + 1;
        char *label = malloc(8);
        snprintf(label, 8, "n%ld", i % 1000);
        total += pair->len + (long)strlen(label);
        free(label);
        free(pair);
    }
    printf("%ld\n", total);
    return 0;
}
