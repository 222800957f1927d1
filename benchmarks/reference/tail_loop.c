/* A loop taken 200 million times: the reference for programs/tail_loop.mpl. */
#include <stdio.h>

static long spin(long n, long acc) {
    while (n != 0) {
        acc += n % 7;
        n -= 1;
    }
    return acc;
}

int main(void) {
    printf("%ld\n", spin(200000000, 0));
    return 0;
}
