// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// A main() for the harnesses in builds without libFuzzer (gcc, the regular test suite):
// runs LLVMFuzzerTestOneInput once over every file under the given files and directories
// (the seed corpus and the regressions), so that an input that once crashed stays fixed.
// A failed invariant aborts, which fails the test; the file being run is printed first.
//
//   fuzz_<name> [-v] PATH...

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

namespace fs = std::filesystem;

bool hidden(const fs::path &path)
{
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

// Regular files under `root` (or `root` itself), dot files left out, in a stable order.
bool collect(const fs::path &root, std::vector<fs::path> &files)
{
    std::error_code error;
    if (fs::is_regular_file(root, error)) {
        files.push_back(root);
        return true;
    }
    if (!fs::is_directory(root, error)) {
        std::fprintf(stderr, "replay: %s: no such file or directory\n", root.c_str());
        return false;
    }
    std::vector<fs::path> found;
    for (fs::recursive_directory_iterator it(root, error), end; !error && it != end;
         it.increment(error)) {
        if (hidden(it->path())) {
            if (it->is_directory())
                it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file())
            found.push_back(it->path());
    }
    if (error) {
        std::fprintf(stderr, "replay: %s: %s\n", root.c_str(), error.message().c_str());
        return false;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
    return true;
}

bool readFile(const fs::path &path, std::vector<uint8_t> &bytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

} // namespace

int main(int argc, char **argv)
{
    bool verbose = false;
    std::vector<fs::path> files;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-v") == 0)
            verbose = true;
        else
            ok = collect(argv[i], files) && ok;
    }
    if (!ok)
        return 2;
    if (files.empty()) {
        std::fprintf(stderr, "usage: %s [-v] FILE_OR_DIRECTORY... (no inputs found)\n", argv[0]);
        return 2;
    }
    std::vector<uint8_t> bytes;
    for (const fs::path &file : files) {
        if (!readFile(file, bytes)) {
            std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
            return 2;
        }
        if (verbose)
            std::fprintf(stderr, "replay: %s (%zu bytes)\n", file.c_str(), bytes.size());
        else
            std::fprintf(stderr, "replay: %s\n", file.c_str()); // names the crashing input
        // A copy of exactly the input's size, so that ASan builds catch reads past its end.
        std::vector<uint8_t> input(bytes);
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::printf("replay: %zu inputs, no failures\n", files.size());
    return 0;
}
