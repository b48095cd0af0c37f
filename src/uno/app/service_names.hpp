#pragma once
// What a component of this library answers through XServiceInfo: its implementation name and its one service.

#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

namespace ets::uno {

struct ServiceNames {
    const char* implementation;
    const char* service;

    rtl::OUString implementationName() const { return rtl::OUString::createFromAscii(implementation); }
    bool supports(const rtl::OUString& name) const { return name.equalsAscii(service); }
    css::uno::Sequence<rtl::OUString> services() const {
        const rtl::OUString name = rtl::OUString::createFromAscii(service);
        return css::uno::Sequence<rtl::OUString>(&name, 1);
    }
};

}  // namespace ets::uno
