#pragma once
// A failure a person must read: a catalogue key and the values that fill its placeholders.

#include <stdexcept>
#include <string>
#include <vector>

namespace ets {

// The core never builds sentences: it names what happened (a key of the JSON
// catalogues in extension/strings/) and hands over the values, so that the UNO
// layer can show the text in the user's language. what() is for logs only.
class Error : public std::runtime_error {
public:
    Error(std::string key, std::vector<std::string> args = {});

    const std::string& key() const { return key_; }
    const std::vector<std::string>& args() const { return args_; }

private:
    std::string key_;
    std::vector<std::string> args_;
};

}  // namespace ets
