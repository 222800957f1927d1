/* String building: 1,000,000 formatted strings, each allocated, measured and
   freed: the reference for programs/strings.mpl. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    long n = 1000000, total = 0;
    for (long i = 0; i < n; i++) {
        int len = snprintf(NULL, 0, "item %ld: %ld of %ld", i, i * 7 % 1000, n);
        char *s = malloc(len + 1);
        snprintf(s, len + 1, "item %ld: %ld of %ld", i, i * 7 % 1000, n);
        total += (long)strlen(s);
        free(s);
    }
    printf("%ld\n", total);
    return 0;
}
