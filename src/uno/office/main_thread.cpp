#include "office/main_thread.hpp"

#include <sys/syscall.h>
#include <unistd.h>

namespace ets::uno {

bool onOfficeMainThread() {
    // On Linux the process's first thread has the process's id, and it is the one LibreOffice runs its event loop on.
    return static_cast<pid_t>(syscall(SYS_gettid)) == getpid();
}

}  // namespace ets::uno
