/* Build a 1,000,000-element growable array by appending, then sum it:
   the reference for programs/list_sum.mpl. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n = 1000000, len = 0, cap = 4;
    long *xs = malloc(cap * sizeof *xs);
    for (long i = 0; i < n; i++) {
        if (len == cap) {
            cap *= 2;
            xs = realloc(xs, cap * sizeof *xs);
        }
        xs[len++] = i * 3 % 1000;
    }
    long total = 0;
    for (long i = 0; i < len; i++) total += xs[i];
    printf("%ld %ld\n", len, total);
    free(xs);
    return 0;
}
