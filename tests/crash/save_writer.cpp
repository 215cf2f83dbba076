// Writes the two versions of tests/crash/save_versions.hpp alternately, forever, until
// it is killed: tests/test_hardening.cpp kills it with SIGKILL at random moments and
// checks what is left on disk.
//
// usage: fd_save_writer DIR file     (fd::write_save to DIR/save.json)
//        fd_save_writer DIR atomic   (fd::write_file_atomically of the saves' text, made once:
//                                     nearly all the time goes to the write itself)
//        fd_save_writer DIR slot     (fd::SaveSlot in DIR: autosave.json plus its backup)
// Prints "ready" once the first save is complete on disk.
#include <cstdio>
#include <cstring>

#include "save_slot.hpp"
#include "save_versions.hpp"

int main(int argc, char** argv) {
    std::string mode = argc == 3 ? argv[2] : "";
    if (mode != "file" && mode != "atomic" && mode != "slot") {
        std::fprintf(stderr, "usage: %s DIR file|atomic|slot\n", argv[0]);
        return 2;
    }
    std::string dir = argv[1];
    fd::SaveGame versions[2] = {fdcrash::version(0), fdcrash::version(1)};
    std::string texts[2] = {fd::save_to_json(versions[0]).dump(1) + "\n", fd::save_to_json(versions[1]).dump(1) + "\n"};
    fd::SaveSlot slot(dir);
    for (unsigned long i = 0;; ++i) {
        if (mode == "slot")
            slot.write(versions[i % 2]);
        else if (mode == "atomic")
            fd::write_file_atomically(dir + "/save.json", texts[i % 2]);
        else
            fd::write_save(dir + "/save.json", versions[i % 2]);
        if (i == 0) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
}
