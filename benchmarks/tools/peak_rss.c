/* peak_rss RESULT_FILE COMMAND [ARGS...]: run COMMAND and write its peak
   resident set size (KiB) and exit status to RESULT_FILE.

   The figure comes from wait4()'s rusage of the one child.  A child forked
   from Python would carry the interpreter's resident pages until exec (and
   Linux keeps that high-water mark across exec), so the benchmark forks from
   this small program instead. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: peak_rss RESULT_FILE COMMAND [ARGS...]\n");
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("wait4");
        return 2;
    }
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *out = fopen(argv[1], "w");
    if (out == NULL) {
        perror(argv[1]);
        return 2;
    }
    fprintf(out, "%ld %d\n", usage.ru_maxrss, code);
    fclose(out);
    return code;
}
