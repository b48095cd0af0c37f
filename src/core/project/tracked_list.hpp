#pragma once
// A list that tells, without reading its items, that it has not changed: each access that could change it (every
// non-const one) gives it a new generation, drawn from one counter of the process, so two lists of the same generation
// hold the same items (one is a copy of the other, neither touched since). The save of a shared folder
// (save_memo.hpp) thus skips comparing 5,000 passages with the copy it kept when nothing touched them: most saves
// change the register or the hours, and that comparison was a fifth of a save's own work (issue 13).
//
// Reading through a non-const list (a range-for over a project that is not const) counts as a change: the next save
// then compares the items, as it did before. What defeats the generation is a reference, pointer or iterator taken
// through a non-const access and used to change an item after a later save: take them again after saving. Tests run
// with verifyShortcuts(true), which holds every shortcut to the full comparison (save_memo.cpp).

#include <cstdint>
#include <initializer_list>
#include <utility>
#include <vector>

namespace ets {

// A generation never handed out before in this process.
std::uint64_t newListGeneration();

// Whether the save's shortcuts are each held to the long way (the passages compared even when their generations say
// they are the same, a text made from pieces compared with the whole dump), stopping with std::logic_error when they
// differ: set by the unit tests, never by the extension.
void verifyShortcuts(bool on);
bool verifyingShortcuts();

template <typename Item>
class TrackedList {
public:
    using Items = std::vector<Item>;
    using value_type = Item;
    using size_type = typename Items::size_type;
    using difference_type = typename Items::difference_type;
    using reference = Item&;
    using const_reference = const Item&;
    using iterator = typename Items::iterator;
    using const_iterator = typename Items::const_iterator;

    TrackedList() = default;
    TrackedList(Items items) : items_(std::move(items)) {}  // NOLINT: a list of items is a tracked list of them
    TrackedList(std::initializer_list<Item> items) : items_(items) {}
    // A copy holds the same items: it keeps the generation. A list moved from holds none: it takes a new one.
    TrackedList(const TrackedList&) = default;
    TrackedList(TrackedList&& other) noexcept : items_(std::move(other.items_)), generation_(other.generation_) {
        other.generation_ = newListGeneration();
    }
    TrackedList& operator=(const TrackedList&) = default;
    TrackedList& operator=(TrackedList&& other) noexcept {
        if (this != &other) {
            items_ = std::move(other.items_);
            generation_ = other.generation_;
            other.generation_ = newListGeneration();
        }
        return *this;
    }
    TrackedList& operator=(std::initializer_list<Item> items) {
        touch();
        items_ = items;
        return *this;
    }

    std::uint64_t generation() const { return generation_; }

    // Reading.
    const Items& items() const { return items_; }
    operator const Items&() const { return items_; }  // NOLINT: passed where a list is read
    size_type size() const { return items_.size(); }
    bool empty() const { return items_.empty(); }
    const_iterator begin() const { return items_.begin(); }
    const_iterator end() const { return items_.end(); }
    const_iterator cbegin() const { return items_.cbegin(); }
    const_iterator cend() const { return items_.cend(); }
    const Item& operator[](size_type i) const { return items_[i]; }
    const Item& at(size_type i) const { return items_.at(i); }
    const Item& front() const { return items_.front(); }
    const Item& back() const { return items_.back(); }

    // Changing (or able to): each gives the list a new generation.
    Items& edit() {
        touch();
        return items_;
    }
    iterator begin() { return edit().begin(); }
    iterator end() { return edit().end(); }
    Item& operator[](size_type i) { return edit()[i]; }
    Item& at(size_type i) { return edit().at(i); }
    Item& front() { return edit().front(); }
    Item& back() { return edit().back(); }
    void push_back(const Item& item) { edit().push_back(item); }
    void push_back(Item&& item) { edit().push_back(std::move(item)); }
    template <typename... Args>
    Item& emplace_back(Args&&... args) {
        return edit().emplace_back(std::forward<Args>(args)...);
    }
    iterator insert(const_iterator at, const Item& item) { return edit().insert(at, item); }
    template <typename Iterator>
    iterator insert(const_iterator at, Iterator first, Iterator last) {
        return edit().insert(at, first, last);
    }
    iterator erase(const_iterator at) { return edit().erase(at); }
    iterator erase(const_iterator first, const_iterator last) { return edit().erase(first, last); }
    void pop_back() { edit().pop_back(); }
    void clear() { edit().clear(); }
    void resize(size_type n) { edit().resize(n); }
    void reserve(size_type n) { items_.reserve(n); }  // changes no item
    void swap(TrackedList& other) noexcept {
        items_.swap(other.items_);
        std::swap(generation_, other.generation_);
    }

    // After the items were made equal to `other`'s item by item (a copy that copies only what differs): the list is
    // `other`'s copy now, and says so. Only save_memo.cpp, which checks it when verifying, should need this.
    void markCopyOf(const TrackedList& other) { generation_ = other.generation_; }

private:
    void touch() { generation_ = newListGeneration(); }

    Items items_;
    std::uint64_t generation_ = newListGeneration();
};

}  // namespace ets
