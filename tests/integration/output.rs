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
