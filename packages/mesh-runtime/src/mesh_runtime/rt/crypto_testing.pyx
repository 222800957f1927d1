# Python-level wrappers for the Crypto module (rt/crypto.pyx), for pytest.


def crypto_sha256(bytes data):
    core_init()
    return to_py(mesh_rt_crypto_sha256(mesh_rt_string_new(data, len(data))))


def crypto_hmac_sha256(bytes key, bytes data):
    core_init()
    return to_py(mesh_rt_crypto_hmac_sha256(mesh_rt_string_new(key, len(key)),
                                            mesh_rt_string_new(data, len(data))))


def crypto_random_hex(int64_t n):
    core_init()
    return to_py(mesh_rt_crypto_random_hex(n))


def crypto_uuid4():
    core_init()
    return to_py(mesh_rt_crypto_uuid4())
