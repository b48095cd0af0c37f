#include "writer/package_document.hpp"

#include "core/odf/odt_paragraphs.hpp"
#include "core/text/error.hpp"
#include "office/strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <random>
#include <system_error>

namespace ets::uno {

namespace fs = std::filesystem;
using css::uno::Reference;

namespace {

// A file only this process can read, created new (never through a name someone else prepared), removed when done.
class PrivateFile {
public:
    explicit PrivateFile(const std::string& bytes) {
        std::random_device random;
        for (int attempt = 0; attempt < 16 && path_.empty(); ++attempt) {
            const fs::path candidate = fs::temp_directory_path() / ("ets-package-" + std::to_string(random()) + ".odt");
            const int descriptor = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (descriptor < 0)
                continue;
            path_ = candidate;
            std::size_t written = 0;
            while (written < bytes.size()) {
                const ssize_t done = ::write(descriptor, bytes.data() + written, bytes.size() - written);
                if (done <= 0)
                    break;
                written += static_cast<std::size_t>(done);
            }
            ::close(descriptor);
            if (written != bytes.size())
                throw Error("document.prepare_failed", {"write"});
        }
        if (path_.empty())
            throw Error("document.prepare_failed", {"temporary file"});
    }
    ~PrivateFile() {
        std::error_code ignored;
        fs::remove(path_, ignored);
    }
    PrivateFile(const PrivateFile&) = delete;
    PrivateFile& operator=(const PrivateFile&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// The file opened as a new hidden document; the office has read all of it when this returns, so the file may go.
Reference<css::text::XTextDocument> loadHidden(const Reference<css::uno::XComponentContext>& context,
                                               const fs::path& file) {
    css::uno::Sequence<css::beans::PropertyValue> options(2);
    options[0].Name = "Hidden";
    options[0].Value <<= true;
    options[1].Name = "FilterName";
    options[1].Value <<= rtl::OUString("writer8");
    Reference<css::text::XTextDocument> document;
    try {
        document.set(css::frame::Desktop::create(context)->loadComponentFromURL(fileUrlFromPath(file), "_blank", 0,
                                                                                 options),
                     css::uno::UNO_QUERY);
    } catch (const css::uno::Exception& failure) {
        throw Error("document.prepare_failed", {toUtf8(failure.Message)});
    }
    if (!document.is())
        throw Error("document.prepare_failed", {"load"});
    return document;
}

// Stores the document as ODT in `file` without changing where it is saved or whether it is modified.
void storeCopy(const Reference<css::text::XTextDocument>& document, const fs::path& file) {
    css::uno::Sequence<css::beans::PropertyValue> options(2);
    options[0].Name = "FilterName";
    options[0].Value <<= rtl::OUString("writer8");
    options[1].Name = "NoThumbnail";
    options[1].Value <<= true;
    try {
        // Storing without a thumbnail marks the document modified (LibreOffice 7.4): its state is put back, or a
        // command that only reads the person's document would leave it asking to be saved.
        Reference<css::util::XModifiable> modifiable(document, css::uno::UNO_QUERY_THROW);
        const bool wasModified = modifiable->isModified();
        Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)
            ->storeToURL(fileUrlFromPath(file), options);
        if (!wasModified && modifiable->isModified())
            modifiable->setModified(false);
    } catch (const css::uno::Exception& failure) {
        throw Error("document.prepare_failed", {toUtf8(failure.Message)});
    }
}

}  // namespace

Reference<css::text::XTextDocument> openPackage(const Reference<css::uno::XComponentContext>& context,
                                                const std::string& package) {
    const PrivateFile file(package);
    return loadHidden(context, file.path());
}

Reference<css::text::XTextDocument> openHiddenCopy(const Reference<css::uno::XComponentContext>& context,
                                                   const Reference<css::text::XTextDocument>& document) {
    const PrivateFile file("");
    storeCopy(document, file.path());
    return loadHidden(context, file.path());
}

std::string savedStylesXml(const Reference<css::text::XTextDocument>& document) {
    const PrivateFile file("");
    storeCopy(document, file.path());
    return odtEntry(file.path(), "styles.xml");
}

}  // namespace ets::uno
