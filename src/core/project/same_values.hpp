#pragma once
// Whether a record of the model holds exactly the values it held before: the change test of an incremental save
// (project_save_memo.hpp). Numbers compare bit for bit (0.0 and -0.0 are written differently), so "the same" always
// means "serialized to the same bytes". Each struct's fields are listed in same_values.cpp; a static_assert there
// breaks the build when a struct grows a field that the list does not have yet.

#include "core/project/model.hpp"

#include <vector>

namespace ets {

bool same(const Theme& a, const Theme& b);
bool same(const Organisation& a, const Organisation& b);
bool same(const Interview& a, const Interview& b);
bool same(const Passage& a, const Passage& b);
bool same(const HourEntry& a, const HourEntry& b);
bool same(const TranscriptStamp& a, const TranscriptStamp& b);
bool same(const PersonName& a, const PersonName& b);
bool same(const Settings& a, const Settings& b);
bool same(const Referent& a, const Referent& b);
bool same(const GuideQuestion& a, const GuideQuestion& b);
bool same(const InterviewGuide& a, const InterviewGuide& b);
bool same(const Cycle& a, const Cycle& b);
bool same(const Phase& a, const Phase& b);
bool same(const ThemePriority& a, const ThemePriority& b);
bool same(const SlotChoice& a, const SlotChoice& b);
bool same(const Committee& a, const Committee& b);
bool same(const PendingRewrite& a, const PendingRewrite& b);
bool same(const ThemeAnalysis& a, const ThemeAnalysis& b);
bool same(const PassageMark& a, const PassageMark& b);
bool same(const RecordedCarrier& a, const RecordedCarrier& b);
bool same(const InvoiceRecord& a, const InvoiceRecord& b);

template <typename Item>
bool same(const std::vector<Item>& a, const std::vector<Item>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i]))
            return false;
    return true;
}

template <typename Item>
bool same(const TrackedList<Item>& a, const TrackedList<Item>& b) {
    return same(a.items(), b.items());
}

}  // namespace ets
