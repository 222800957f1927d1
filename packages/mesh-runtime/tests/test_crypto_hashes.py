"""Crypto (spec 11 s14): SHA-256 and HMAC-SHA-256 against hashlib/hmac,
random hex and UUID v4 shapes."""

import hashlib
import hmac
import re
import uuid

from hypothesis import given
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt


@given(st.binary(max_size=300))
def test_sha256_matches_hashlib(data):
    assert rt.crypto_sha256(data) == hashlib.sha256(data).hexdigest()


def test_sha256_block_boundaries_and_known_vectors():
    # FIPS 180-4 examples, and every length around the 55/56/64-byte edges
    assert rt.crypto_sha256(b"abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
    assert rt.crypto_sha256(b"") == (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )
    for n in range(50, 140):
        data = bytes(range(256))[:n] if n <= 256 else b""
        assert rt.crypto_sha256(data) == hashlib.sha256(data).hexdigest()
    big = "é".encode() * 50_000
    assert rt.crypto_sha256(big) == hashlib.sha256(big).hexdigest()


@given(st.binary(max_size=150), st.binary(max_size=200))
def test_hmac_matches_python(key, data):
    assert (
        rt.crypto_hmac_sha256(key, data)
        == hmac.new(key, data, hashlib.sha256).hexdigest()
    )


def test_hmac_rfc4231_case_2():
    assert rt.crypto_hmac_sha256(b"Jefe", b"what do ya want for nothing?") == (
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )


def test_random_hex():
    for n in (1, 16, 64, 65, 1000):
        text = rt.crypto_random_hex(n)
        assert len(text) == 2 * n and re.fullmatch("[0-9a-f]*", text)
    assert rt.crypto_random_hex(0) == ""
    assert rt.crypto_random_hex(-3) == ""
    assert len({rt.crypto_random_hex(16) for _ in range(50)}) == 50


def test_uuid4():
    seen = set()
    for _ in range(200):
        text = rt.crypto_uuid4()
        assert re.fullmatch(
            r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", text
        )
        u = uuid.UUID(text)
        assert u.version == 4 and u.variant == uuid.RFC_4122
        seen.add(text)
    assert len(seen) == 200
