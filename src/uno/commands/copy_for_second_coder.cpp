// vnd.ets:CopyForSecondCoder — a copy of the open transcript for a second coder to code blind: the same text and
// interview card, no passage, saved beside it as "<name> (<coder>)" in the same format. The open transcript is left
// as it is. Argument: Coder (the second coder's name; default « deuxième codeur »). Result: the copy's path.

#include "commands/commands.hpp"

#include "core/coding/second_coder.hpp"
#include "core/coding/tagging.hpp"
#include "core/project/project_paths.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/project_transcripts.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <filesystem>
#include <system_error>

namespace ets::uno::commands {

CommandOutcome copyForSecondCoder(CommandCall& call) {
    OpenedProject& opened = *call.project;
    WriterTranscript transcript = WriterTranscript::inFrame(call.frame);
    requireTaggable(transcript);
    const std::string coder = call.arguments.textOr("Coder", toUtf8(uiText(call.context, "second_coder.default_name")));
    const std::filesystem::path copy = secondCoderCopyPath(transcript.file(), coder);

    // The document as it is now, in its own format (ODT or DOCX), without becoming the copy.
    css::uno::Reference<css::frame::XModel> model(transcript.document(), css::uno::UNO_QUERY_THROW);
    OUString filter;
    for (const css::beans::PropertyValue& argument : model->getArgs())
        if (argument.Name == "FilterName")
            argument.Value >>= filter;
    css::uno::Sequence<css::beans::PropertyValue> store(filter.isEmpty() ? 0 : 1);
    if (!filter.isEmpty()) {
        store[0].Name = "FilterName";
        store[0].Value <<= filter;
    }
    css::uno::Reference<css::frame::XStorable>(model, css::uno::UNO_QUERY_THROW)
        ->storeToURL(fileUrlFromPath(copy), store);

    int removed = 0;
    try {
        withTranscript(call.context, opened, transcriptKey(opened.folder, copy),
                       [&](WriterTranscript& document) { removed = removeAllPassages(document); });
    } catch (...) {
        // A copy that still shows the first coder's passages would unblind the second coder: none is left behind.
        std::error_code ignored;
        std::filesystem::remove(copy, ignored);
        throw;
    }
    return reportDone(call,
                      uiText(call.context, "second_coder.done", {copy.u8string(), coder, std::to_string(removed)}));
}

}  // namespace ets::uno::commands
