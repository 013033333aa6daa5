//! The output folder: atomic replacement, refusing unsafe folders, and
//! deleting only what onrecord wrote.

use crate::util::{TempSite, build, names, onrecord, tree};

#[test]
fn refuses_folders_that_would_destroy_the_site() {
    let site = TempSite::copy("good");
    let before = tree(&site.root());
    let root = site.root();
    for (out, why) in [
        (root.clone(), "the site folder itself"),
        (root.join("content"), "content/"),
        (root.join("content/articles/x"), "content/"),
        (site.dir.path().to_path_buf(), "a parent of the site folder"),
        ("/".into(), "root of the file system"),
    ] {
        build(&site.root(), &out)
            .failure(2)
            .stderr_has(&["refusing to use", why]);
    }
    assert!(tree(&site.root()) == before, "the site changed");
}

#[test]
fn refuses_output_dir_from_site_toml() {
    let site = TempSite::copy("good");
    site.write("site.toml", "title = \"T\"\noutput_dir = \"content\"\n");
    let root = site.root();
    onrecord(&["build".as_ref(), "--root".as_ref(), root.as_os_str()])
        .failure(2)
        .stderr_has(&["refusing to use", "content"]);
    assert!(site.path("content/articles/talks.md").is_file());
}

#[test]
fn refuses_home_folder() {
    let site = TempSite::copy("good");
    let home = site.dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let root = site.root();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .args(["build".as_ref(), "--root".as_ref(), root.as_os_str()])
        .arg("--output")
        .arg(&home)
        .env("HOME", &home)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("your home folder"), "{stderr}");
}

#[test]
fn refuses_non_empty_folder_it_did_not_write() {
    let site = TempSite::copy("good");
    let out = site.out();
    std::fs::create_dir_all(out.join("drafts")).unwrap();
    std::fs::write(out.join("drafts/notes.txt"), "mine").unwrap();
    build(&site.root(), &out).failure(2).stderr_has(&[
        "drafts/notes.txt",
        "no .onrecord-output manifest",
        "delete the folder",
    ]);
    assert_eq!(
        std::fs::read_to_string(out.join("drafts/notes.txt")).unwrap(),
        "mine"
    );
    assert_eq!(names(site.dir.path()), ["out", "site"]);
}

#[test]
fn rebuild_replaces_own_output_with_static_files() {
    let site = TempSite::copy("good");
    site.write("static/.nojekyll", "");
    site.write("static/CNAME", "dossier.example.org\n");
    site.write("static/img/map.svg", "<svg/>");
    let out = site.out();
    build(&site.root(), &out).success();
    let manifest = std::fs::read_to_string(out.join(".onrecord-output")).unwrap();
    for file in [".nojekyll", "CNAME", "img/map.svg", "index.html"] {
        assert!(
            manifest.lines().any(|l| l == file),
            "{file} not in {manifest}"
        );
        assert!(out.join(file).is_file(), "{file}");
    }
    std::fs::remove_file(site.path("static/img/map.svg")).unwrap();
    build(&site.root(), &out).success();
    assert!(!out.join("img").exists(), "a file no longer built stays");
    assert!(out.join("CNAME").is_file());
    assert_eq!(names(site.dir.path()), ["out", "site"]);
}

#[test]
fn same_input_same_bytes() {
    let site = TempSite::copy("good");
    let (a, b) = (site.dir.path().join("a"), site.dir.path().join("b"));
    build(&site.root(), &a).success();
    build(&site.root(), &b).success();
    assert!(tree(&a) == tree(&b));
}

#[test]
fn leftover_staging_from_an_interrupted_build_is_removed() {
    let site = TempSite::copy("good");
    let out = site.out();
    build(&site.root(), &out).success();
    // A build killed mid-write leaves its staging folder (with its manifest).
    let staging = site.dir.path().join(".out.onrecord-staging");
    std::fs::create_dir_all(staging.join("articles")).unwrap();
    std::fs::write(staging.join(".onrecord-output"), "#\narticles/half.html\n").unwrap();
    std::fs::write(staging.join("articles/half.html"), "<p>half").unwrap();
    build(&site.root(), &out).success();
    assert_eq!(names(site.dir.path()), ["out", "site"]);
}

#[cfg(unix)]
#[test]
fn special_files_as_output_are_refused_and_kept() {
    use std::os::unix::fs::FileTypeExt;
    let site = TempSite::copy("good");
    let fifo = site.dir.path().join("fifo");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let socket = site.dir.path().join("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let file = site.dir.path().join("notes.txt");
    std::fs::write(&file, "mine").unwrap();
    for (path, spelling) in [
        (&fifo, fifo.clone()),
        (&fifo, fifo.join(".")),
        (&socket, socket.clone()),
        (&file, file.clone()),
    ] {
        build(&site.root(), &spelling)
            .failure(2)
            .stderr_has(&["refusing to use", "not a folder"]);
        assert!(!path.is_dir(), "{} replaced by a folder", path.display());
    }
    assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo());
    assert!(socket.symlink_metadata().unwrap().file_type().is_socket());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn two_builds_at_once_both_succeed_with_a_complete_site() {
    let site = TempSite::copy("good");
    let out = site.out();
    build(&site.root(), &out).success();
    let complete = tree(&out);
    for _ in 0..20 {
        let runs: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..2)
                .map(|_| scope.spawn(|| build(&site.root(), &out)))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for run in &runs {
            run.success();
        }
        assert!(tree(&out) == complete, "the output is not complete");
        assert_eq!(names(site.dir.path()), ["out", "site"], "leftovers");
    }
}

#[test]
fn output_spelled_with_dots_is_replaced_in_place_of_itself() {
    let site = TempSite::copy("good");
    let out = site.out();
    build(&site.root(), &out).success();
    let complete = tree(&out);
    for spelling in [out.join("../out"), out.join(".")] {
        build(&site.root(), &spelling).success();
        assert!(tree(&out) == complete, "{}", spelling.display());
        assert_eq!(names(site.dir.path()), ["out", "site"], "leftovers");
    }
    build(&site.root(), &out).success();
}

#[test]
fn removal_cut_short_after_the_swap_is_finished_by_the_next_build() {
    let site = TempSite::copy("good");
    let out = site.out();
    build(&site.root(), &out).success();
    let complete = tree(&out);
    // Killed while deleting the old site: some of its files are gone, the
    // manifest (deleted last) is still there.
    let old = site.dir.path().join(".out.onrecord-old");
    crate::util::copy_dir(&out, &old);
    std::fs::remove_file(old.join("index.html")).unwrap();
    build(&site.root(), &out).success();
    assert!(tree(&out) == complete);
    assert_eq!(names(site.dir.path()), ["out", "site"], "leftovers");
}

#[cfg(unix)]
#[test]
fn read_only_output_fails_before_the_swap_and_later_builds_work() {
    use std::os::unix::fs::PermissionsExt;
    let site = TempSite::copy("good");
    let out = site.out();
    build(&site.root(), &out).success();
    let before = tree(&out);
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o555)).unwrap();
    site.write("static/extra.txt", "new");
    build(&site.root(), &out)
        .failure(2)
        .stderr_has(&["read-only"]);
    assert!(tree(&out) == before, "the old site changed");
    assert_eq!(names(site.dir.path()), ["out", "site"], "leftovers");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o755)).unwrap();
    build(&site.root(), &out).success();
    assert!(out.join("extra.txt").is_file());
}

#[test]
fn a_long_list_of_foreign_files_is_cut_short() {
    let site = TempSite::copy("good");
    let out = site.out();
    std::fs::create_dir_all(&out).unwrap();
    for i in 0..500 {
        std::fs::write(out.join(format!("mine-{i:03}.txt")), "x").unwrap();
    }
    let run = build(&site.root(), &out);
    run.failure(2).stderr_has(&["mine-000.txt", "and 495 more"]);
    assert!(!run.stderr.contains("mine-499.txt"), "{}", run.stderr);
}
