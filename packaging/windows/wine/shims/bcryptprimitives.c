/* bcryptprimitives.dll stand-in (W2): Rust's std imports ProcessPrng; random bytes from bcrypt.dll. */
#include <windows.h>
#include <bcrypt.h>
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) < 0) return FALSE;
        data += chunk; size -= chunk;
    }
    return TRUE;
}
