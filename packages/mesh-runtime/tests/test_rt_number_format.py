"""Int and Float formatting; floats differentially against spec 05 s8.3."""

import decimal
import importlib.util
import math
import random
import struct
import subprocess
from pathlib import Path

import mesh_runtime as rt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rt_programs import mesh_program

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


def spec_float_text(x: float) -> str:
    """The reference algorithm given in spec 05 s8.3."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    text = format(decimal.Decimal(repr(x)), "f")
    if text.endswith(".0"):
        text = text[:-2]
    elif text.endswith("."):
        text = text[:-1]
    return text


def test_int_to_string_edges():
    assert rt.int_to_string(0) == "0"
    assert rt.int_to_string(-1) == "-1"
    assert rt.int_to_string(42) == "42"
    assert rt.int_to_string(INT64_MAX) == "9223372036854775807"
    assert rt.int_to_string(INT64_MIN) == "-9223372036854775808"


@given(st.integers(min_value=INT64_MIN, max_value=INT64_MAX))
def test_int_to_string_matches_python(n):
    assert rt.int_to_string(n) == str(n)


def test_float_examples_from_the_spec():
    # A list, not a dict: 0.0 and -0.0 would be one key.
    cases = [
        (42.0, "42"),
        (1e21, "1000000000000000000000"),
        (-0.0, "-0"),
        (0.0, "0"),
        (0.1, "0.1"),
        (2.5e-3, "0.0025"),
        (1e-7, "0.0000001"),
        (0.1 + 0.2, "0.30000000000000004"),
        (100.0 / 3.0, "33.333333333333336"),
        (3.5, "3.5"),
        (4.0, "4"),
        (float("inf"), "inf"),
        (float("-inf"), "-inf"),
        (float("nan"), "NaN"),
        (-1.5, "-1.5"),
    ]
    for value, text in cases:
        assert rt.float_to_string(value) == text, value


SPECIALS = [
    5e-324,  # smallest subnormal
    -5e-324,
    2.2250738585072014e-308,  # smallest normal
    2.225073858507201e-308,  # largest subnormal
    1.7976931348623157e308,  # largest finite
    -1.7976931348623157e308,
    1e21,
    1e22,
    1e23,
    9007199254740993.0,
    2.0**53,
    2.0**-1074,
    1e-7,
    123456789012345680.0,
    0.1 + 0.2,
    1 / 3,
]


def test_float_special_values_match_reference():
    for x in SPECIALS:
        assert rt.float_to_string(x) == spec_float_text(x), repr(x)


def test_float_powers_of_two_match_reference():
    # Round-trip intervals are lopsided at powers of two: the tricky case.
    for e in range(-1074, 1024):
        x = 2.0**e
        assert rt.float_to_string(x) == spec_float_text(x), repr(x)


def test_float_random_bit_patterns_match_reference():
    rng = random.Random(20240601)
    for _ in range(20000):
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        assert rt.float_to_string(x) == spec_float_text(x), repr(x)


def test_float_random_everyday_values_match_reference():
    rng = random.Random(7)
    for _ in range(5000):
        x = round(rng.uniform(-1e6, 1e6), rng.randint(0, 8))
        assert rt.float_to_string(x) == spec_float_text(x), repr(x)
        y = rng.randint(-(10**17), 10**17) / 10 ** rng.randint(0, 20)
        assert rt.float_to_string(y) == spec_float_text(y), repr(y)


@settings(max_examples=2000)
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_float_hypothesis_matches_reference(x):
    assert rt.float_to_string(x) == spec_float_text(x)


# ---- the shortest-digits algorithm, checked in C at scale ---------------------

SOURCE_DIR = Path(__file__).resolve().parent.parent / "src" / "mesh_runtime"

# Checks mesh_rt_float_to_string on finite non-zero doubles against the C
# library, which reads and formats exactly: the text reads back as the same
# double (strtod), is in positional form, has at most 17 significant digits,
# no (n-1)-digit decimal reads back (neither the correctly rounded one nor its
# neighbour towards the value: the decimals that read back form an interval
# around it), and among the n-digit ones it is the closest to the value (the
# correctly rounded one if that reads back, else that one's neighbour).
FLOAT_CHECK_HELPERS = r"""
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long checked, failures;
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rng(void) {  /* splitmix64 */
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static double from_bits(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
static uint64_t to_bits(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }

/* Significant digits of a positional text (no leading/trailing zeros) and the
 * exponent of the first; -1 if the text is not in the spec's form. */
static int parse_positional(const char *t, char *digits, int *exp10) {
    char seq[400];
    int n = 0, int_len = -1, first = -1, last = -1, i;
    const char *p = t;
    if (*p == '-') p++;
    if (p[0] == '0' && p[1] != '.' && p[1] != 0) return -1;  /* leading zero */
    for (; *p; p++) {
        if (*p == '.') {
            if (int_len >= 0 || n == 0 || p[1] == 0) return -1;
            int_len = n;
        } else if (*p >= '0' && *p <= '9' && n < 399) {
            seq[n++] = *p;
        } else {
            return -1;
        }
    }
    if (int_len < 0) int_len = n;
    else if (seq[n - 1] == '0') return -1;               /* trailing fraction zero */
    for (i = 0; i < n; i++)
        if (seq[i] != '0') { if (first < 0) first = i; last = i; }
    if (first < 0 || last - first + 1 > 17) return -1;
    memcpy(digits, seq + first, (size_t)(last - first + 1));
    *exp10 = int_len - 1 - first;
    return last - first + 1;
}

/* The correctly rounded n-digit decimal of v > 0. */
static int rounded_digits(double v, int n, char *digits, int *exp10) {
    char text[64];
    int k = 0;
    const char *p = text;
    snprintf(text, sizeof text, "%.*e", n - 1, v);
    for (; *p != 'e'; p++)
        if (*p != '.') digits[k++] = *p;
    *exp10 = atoi(p + 1);
    return k;
}

static double read_digits(const char *digits, int n, int exp10) {
    char text[64];
    snprintf(text, sizeof text, "%.*se%d", n, digits, exp10 - n + 1);
    return strtod(text, NULL);
}

/* One unit in the last place up or down; returns the digit count, which
 * changes at 99..9 + 1 and 10..0 - 1 (the exponent follows). */
static int step(char *d, int n, int *exp10, int up) {
    int i = n - 1;
    if (up) {
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i >= 0) { d[i]++; return n; }
        d[0] = '1'; (*exp10)++;
        return n;
    }
    while (i >= 0 && d[i] == '0') d[i--] = '9';
    if (i < 0) return 0;
    d[i]--;
    if (d[0] == '0') {
        memmove(d, d + 1, (size_t)(n - 1)); (*exp10)--;
        return n - 1;
    }
    return n;
}

static int strip_zeros(const char *d, int n) {
    while (n > 1 && d[n - 1] == '0') n--;
    return n;
}

static void fail(double v, const char *text, const char *why) {
    if (failures++ < 20)
        printf("FAIL %016llx %.17g %s: %s\n", (unsigned long long)to_bits(v), v, text, why);
}

static void check(double v) {
    char d[32], r[32];
    int n, e, rn, re;
    double a = fabs(v), back;
    mesh_string *s;
    if (!isfinite(v) || v == 0) return;
    checked++;
    s = mesh_rt_float_to_string(v);
    if (to_bits(strtod(s->bytes, NULL)) != to_bits(v)) { fail(v, s->bytes, "does not read back"); return; }
    if ((v < 0) != (s->bytes[0] == '-')) { fail(v, s->bytes, "sign"); return; }
    n = parse_positional(s->bytes, d, &e);
    if (n < 0) { fail(v, s->bytes, "not positional, or more than 17 digits"); return; }
    if (n > 1) {
        rn = rounded_digits(a, n - 1, r, &re);
        back = read_digits(r, rn, re);
        if (back == a) { fail(v, s->bytes, "shorter rounded digits read back"); return; }
        rn = step(r, rn, &re, back < a);
        if (rn == n - 1 && read_digits(r, rn, re) == a) { fail(v, s->bytes, "shorter neighbour reads back"); return; }
    }
    rn = rounded_digits(a, n, r, &re);
    if (read_digits(r, rn, re) != a)
        rn = step(r, rn, &re, read_digits(r, rn, re) < a);
    rn = strip_zeros(r, rn);
    if (rn != n || re != e || memcmp(r, d, (size_t)n) != 0) fail(v, s->bytes, "not the closest");
}

static void check_both(double v) { check(v); check(-v); }
static void check_around(double v) {
    check_both(v); check_both(nextafter(v, 0)); check_both(nextafter(v, INFINITY));
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}
"""

FLOAT_CHECK_BODY = r"""
    char text[64];
    long i, n_random = N_RANDOM;
    int k;
    double t0, sink = 0;
    for (i = 0; i < n_random; i++) check(from_bits(rng()));
    for (k = -1074; k <= 1023; k++) check_around(ldexp(1.0, k));
    for (k = 0; k <= 2046; k++) {              /* every binade: first, second, last */
        uint64_t e = (uint64_t)k << 52;
        check_both(from_bits(e)); check_both(from_bits(e | 1));
        check_both(from_bits(e | ((1ull << 52) - 1)));
    }
    for (k = -323; k <= 308; k++) {
        snprintf(text, sizeof text, "1e%d", k);
        check_around(strtod(text, NULL));
    }
    for (i = -8; i <= 8; i++) {                 /* integers around 2^53, 2^54 */
        check_both(9007199254740992.0 + (double)i);
        check_both(18014398509481984.0 + 2.0 * (double)i);
    }
    for (i = 0; i < 100000; i++) {
        /* short decimals and binary fractions near 1: exact ties, exact ends */
        snprintf(text, sizeof text, "%llue%d", (unsigned long long)(rng() % 100000000ull),
                 (int)(rng() % 60) - 40);
        check(strtod(text, NULL));
        check(from_bits(((uint64_t)(1023 - 60 + rng() % 150) << 52) |
                        ((rng() & ((1ull << 52) - 1)) & ~((1ull << (rng() % 53)) - 1))));
        check((double)(rng() >> (rng() % 64)));  /* integers, below 2^53 and above */
    }
    t0 = now();
    for (i = 0; i < 1000000; i++) sink += (double)mesh_rt_float_to_string((double)i / 3.0)->len;
    printf("ns_per_float %.1f\n", (now() - t0) * 1e3);
    t0 = now();
    for (i = 0; i < 1000000; i++) sink += (double)mesh_rt_int_to_string(i * 7919)->len;
    printf("ns_per_int %.1f\n", (now() - t0) * 1e3);
    printf("checked %ld failures %ld (%.0f)\n", checked, failures, sink);
"""


def test_float_text_is_shortest_and_closest_at_scale(build_program):
    exe = build_program(
        mesh_program(
            FLOAT_CHECK_BODY, "#define N_RANDOM 1000000\n" + FLOAT_CHECK_HELPERS
        ),
        name="float_check",
    )
    result = subprocess.run(
        [str(exe)], check=False, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    summary = lines[-1].split()
    assert summary[0] == "checked" and summary[2] == "failures", result.stdout
    assert summary[3] == "0", result.stdout
    # 1 M random bit patterns (~1/2000 NaN/inf skipped), 300 k targeted
    # (short decimals, small exponents, integers), +-1 ulp around the powers
    # of two and of ten, three values of every binade; both signs of most.
    assert int(summary[1]) > 1_290_000, result.stdout
    timings = dict(line.split() for line in lines[:-1])
    print(
        f"float_to_string {timings['ns_per_float']} ns, int_to_string {timings['ns_per_int']} ns"
    )
    # Printed for information only: timings belong in benchmarks/, never in
    # assertions of the test suite.


# ---- the C parts: generated tables, portable multiplication ---------------------


def _load_table_generator():
    path = SOURCE_DIR / "rt" / "numfmt_tables_gen.py"
    spec = importlib.util.spec_from_file_location("numfmt_tables_gen", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    not SOURCE_DIR.joinpath("rt").is_dir(), reason="needs the source tree"
)
def test_power_of_five_tables_are_current():
    generator = _load_table_generator()
    assert generator.header_path().read_text() == generator.render()


@pytest.mark.skipif(
    not SOURCE_DIR.joinpath("csrc").is_dir(), reason="needs the source tree"
)
def test_portable_multiplication_matches_int128(build_program):
    # The fallback for compilers without unsigned __int128, against it.
    source = r"""
#define MESH_SHORTEST_PORTABLE 1
#include <stdio.h>
#include "mesh_shortest.h"

static uint64_t state = 12345;
static uint64_t rng(void) {
    state ^= state << 13; state ^= state >> 7; state ^= state << 17;
    return state;
}

static uint64_t wide(uint64_t m, const uint64_t mul[2], int j) {
    unsigned __int128 low = (unsigned __int128)m * mul[0];
    unsigned __int128 high = (unsigned __int128)m * mul[1];
    return (uint64_t)(((low >> 64) + high) >> (j - 64));
}

int main(void) {
    long bad = 0, n = 0;
    int row, k, j;
    for (row = 0; row < MESH_POW5_INV_COUNT + MESH_POW5_COUNT; row++) {
        const uint64_t *mul = row < MESH_POW5_INV_COUNT
            ? mesh_pow5_inv[row] : mesh_pow5[row - MESH_POW5_INV_COUNT];
        for (k = 0; k < 200; k++) {
            uint64_t m = rng() >> (6 + k % 50);
            for (j = 64; j < 128; j += 1 + k % 7) {
                /* only shifts whose result fits in 64 bits */
                unsigned __int128 top = (((unsigned __int128)m * mul[0]) >> 64)
                                        + (unsigned __int128)m * mul[1];
                if ((top >> (j - 64)) >> 64) continue;
                n++;
                bad += mesh_shortest_mul_shift(m, mul, j) != wide(m, mul, j);
            }
        }
    }
    printf("%ld %ld\n", n, bad);
    return bad != 0;
}
"""
    exe = build_program(source, name="mul_check", cflags=(f"-I{SOURCE_DIR / 'csrc'}",))
    result = subprocess.run(
        [str(exe)], check=False, capture_output=True, text=True, timeout=60
    )
    n, bad = map(int, result.stdout.split())
    assert bad == 0 and n > 100_000, result.stdout
