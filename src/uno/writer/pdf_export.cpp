#include "writer/pdf_export.hpp"

#include "office/strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>

namespace ets::uno {

using css::uno::Reference;
using css::uno::Sequence;

void exportPdf(const Reference<css::text::XTextDocument>& document, const std::filesystem::path& pdf) {
    Sequence<css::beans::PropertyValue> filterData(2);
    filterData[0].Name = "ExportNotes";
    filterData[0].Value <<= false;
    filterData[1].Name = "ExportBookmarks";
    filterData[1].Value <<= true;
    Sequence<css::beans::PropertyValue> options(2);
    options[0].Name = "FilterName";
    options[0].Value <<= rtl::OUString("writer_pdf_Export");
    options[1].Name = "FilterData";
    options[1].Value <<= filterData;
    Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->storeToURL(fileUrlFromPath(pdf), options);
}

}  // namespace ets::uno
