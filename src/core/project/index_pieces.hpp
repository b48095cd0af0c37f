#pragma once
// The text of an office's index of passages (saveIndex in project_store.hpp) made of one piece per passage, kept from
// one write to the next: tagging one passage serializes that passage again, not the 5,000 others (issue 13; writing the
// index whole was most of the cost of a save that tags). The text is, byte for byte, what saveIndex writes
// (tests/unit/index_pieces_test.cpp holds the two to each other).

#include "core/project/model.hpp"

#include <string>
#include <vector>

namespace ets {

class IndexPieces {
public:
    // The index file's text for `project`; the pieces of passages that are the same as when last made are reused, the
    // others made, and only those of this project kept for the next time.
    std::string text(const Project& project);

private:
    struct Piece {
        Passage passage;  // what the text was made from
        std::string text;
    };
    // In the order of the passages last written: most passages are found in their place, the others by their id.
    std::vector<Piece> pieces_;
    std::size_t size_ = 0;  // of the last text
};

}  // namespace ets
