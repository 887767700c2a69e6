//! English storage texts.

use super::StorageTexts;

const SEP: char = ',';

pub const TEXTS: StorageTexts = StorageTexts {
    export_everything: "Download all data",
    usage: |used, percent| {
        format!(
            "Using {} characters of the browser's storage, about {percent}% of the smallest quota (Safari, about 2.6 million characters; Chrome, Edge and Firefox allow about 5 million).",
            crate::i18n::format::number(used, SEP)
        )
    },
    persisted_yes: "The browser agreed to keep the data: it will not clear it when the disk runs low.",
    persisted_no: "The browser has not promised to keep the data: when the disk runs low, or (Safari, iPad) after 7 days unused, it may be cleared. Export often.",
    persisted_unknown: "This browser does not say whether it keeps the data: export often.",
    persisted_file: "A page opened from a file cannot ask to keep its data: export often.",
    persist_ask: "Ask the browser to keep the data",
    backups_heading: "Automatic snapshots",
    backups_intro: "Once a day the app keeps a snapshot of all data, the last 3. Restoring one puts the data back as it was then; the current state is kept as a snapshot first.",
    backups_empty: "No automatic snapshot yet.",
    backup_line: |when, tasks, meetings| format!("{when}: {tasks} tasks, {meetings} meetings"),
    backup_restore: "Restore this one",
    backup_restored: |when| format!("The data is back as it was at {when}. The state before restoring is kept in the list of snapshots."),
    quarantine_download: "Download the damaged value",
    file_note: "The app is open from a file on this computer. Its data belongs to this file's location in this browser: move the file, open another copy or use another browser, and the data is not there. Before that, export it (Settings → Exchange data) and import it again.",
    export_reminder: |days| format!("Changes have been waiting {days} days without an export. The data lives only in this browser: download a copy in case the computer fails or the browser clears it."),
    nowhere_file: "This browser does not let pages opened from a file keep data (Safari blocks it). Every change stays on screen only and is lost when the page closes: open the app from its web address, or download all data before closing.",
    gave_up: |days| format!("The browser's storage is full: the automatic snapshot of {days} was given up to make room for the latest changes. Download everything to keep a copy."),
    room_offer: |day| format!(" The latest changes are still kept in the browser's backup copy. Room can be made by giving up the automatic snapshot of {day}: once you have downloaded the data, the app gives that snapshot up and saves."),
    make_room: "Give up the old snapshot and save",
    log_heading: "Storage log",
    log_intro: "What the app had to do with the browser's storage: damaged data set aside and recovered, snapshots given up to make room.",
    log_gave_up: |day| format!("The automatic snapshot of {day} was given up to make room for changes."),

    heading: "Storage",
    browser: "Data is saved in this browser, on this machine.",
    memory_only:
        "This browser does not allow saving: every change is lost when the page closes.",
    quarantine_list: |n| format!("{n} damaged stored value(s) are kept aside, not deleted."),
};
