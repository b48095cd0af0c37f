#include "app/transcript_opened_job.hpp"

#include "app/service_names.hpp"
#include "app/session.hpp"
#include "core/coding/transcript_moves.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "writer/project_transcripts.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <mutex>
#include <thread>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace {

const ServiceNames kNames{"org.etsworkbench.TranscriptOpenedJob", "org.etsworkbench.TranscriptOpened"};

// The document the event is about, from the job's environment.
Reference<css::frame::XModel> eventModel(const Sequence<css::beans::NamedValue>& arguments) {
    for (const auto& argument : arguments) {
        Sequence<css::beans::NamedValue> environment;
        if (argument.Name != "Environment" || !(argument.Value >>= environment))
            continue;
        for (const auto& value : environment) {
            Reference<css::frame::XModel> model;
            if (value.Name == "Model" && (value.Value >>= model))
                return model;
        }
    }
    return nullptr;
}

// Opened for a person to work in: the extension's own hidden readings (and a macro's) are not the person opening it.
bool shownToAPerson(const Reference<css::frame::XModel>& model) {
    for (const css::beans::PropertyValue& argument : model->getArgs()) {
        bool hidden = false;
        if (argument.Name == "Hidden" && (argument.Value >>= hidden) && hidden)
            return false;
    }
    return true;
}

// With the session held: the project follows a transcript opened from a new place, and a rewrite waiting for it is
// made. Never throws.
void followOpened(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::text::XTextDocument>& document) {
    try {
        WriterTranscript transcript(document);
        if (OpenedProject* opened = Session::instance().currentIfAny(context)) {
            refreshProject(*opened);
            if (!transcript.file().empty())
                followedTranscriptKey(*opened, transcript);  // opened from a new place: the project follows it
            rewriteIfPending(context, *opened, transcript);
        }
    } catch (const std::exception& failure) {
        logError("an opened transcript could not be followed or rewritten", failure.what());
    } catch (const css::uno::Exception& failure) {
        logError("an opened transcript could not be followed or rewritten", toUtf8(failure.Message));
    }
}

}  // namespace

TranscriptOpenedJob::TranscriptOpenedJob(Reference<css::uno::XComponentContext> context)
    : context_(std::move(context)) {}

Any SAL_CALL TranscriptOpenedJob::execute(const Sequence<css::beans::NamedValue>& arguments) {
    try {
        const Reference<css::frame::XModel> model = eventModel(arguments);
        Reference<css::text::XTextDocument> document(model, UNO_QUERY);
        if (!document.is() || !shownToAPerson(model))
            return Any();
        {
            WriterTranscript transcript(document);
            if (transcript.interviewId().empty())
                return Any();  // no ETS transcript: nothing of the project is read
        }
        // This runs on the office's main thread, which holds the office. A macro's command may hold the session and
        // be waiting for the office: waiting here for the session would hang both. So the session is only tried here;
        // when busy, a thread of its own waits for it (then takes the office as any command does, in the same order).
        Session& session = Session::instance();
        std::unique_lock<std::recursive_mutex> lock(session.mutex(), std::try_to_lock);
        if (lock.owns_lock()) {
            followOpened(context_, document);
            return Any();
        }
        std::thread([context = context_, document] {
            std::lock_guard<std::recursive_mutex> later(Session::instance().mutex());
            followOpened(context, document);
        }).detach();
    } catch (const std::exception& failure) {
        logError("an opened transcript could not be followed or rewritten", failure.what());
    } catch (const css::uno::Exception& failure) {
        logError("an opened transcript could not be followed or rewritten", toUtf8(failure.Message));
    }
    return Any();
}

OUString SAL_CALL TranscriptOpenedJob::getImplementationName() { return kNames.implementationName(); }
sal_Bool SAL_CALL TranscriptOpenedJob::supportsService(const OUString& name) { return kNames.supports(name); }
Sequence<OUString> SAL_CALL TranscriptOpenedJob::getSupportedServiceNames() { return kNames.services(); }

}  // namespace ets::uno
