package eu.mobilisesme.review.sheet;

import eu.mobilisesme.review.Console;
import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The folder {@code sheets} writes into, holding only the files of its last run. The tool keeps a list of what it
 * wrote there ({@value #LIST}: name and SHA-256 of each file), so that a new run can tell its own earlier files from
 * anyone else's: it replaces or removes its own earlier files that nobody changed, refuses to overwrite a file it did
 * not write (or that someone changed since), and never touches any other file in the folder.
 */
public final class OutputFolder {

    /** The tool's list of the files its last run wrote into the folder. */
    public static final String LIST = ".review-files.txt";
    private static final String HEADER = "# Files the MobiliseSME staff review tool wrote here in its last run "
            + "(SHA-256, name). It replaces or removes only these, and only while unchanged.";

    private final Path folder;
    private final Console console;
    /** Name to SHA-256, as the last run wrote them. */
    private final Map<String, String> earlier;

    private OutputFolder(Path folder, Console console, Map<String, String> earlier) {
        this.folder = folder;
        this.console = console;
        this.earlier = earlier;
    }

    /** The folder and what the tool wrote there last; a folder it never wrote into has no list yet. */
    public static OutputFolder open(Path folder, Console console) {
        Map<String, String> earlier = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(folder.resolve(LIST), StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ", 2);
                if (!line.startsWith("#") && parts.length == 2 && isPlainName(parts[1])) {
                    earlier.put(parts[1], parts[0]);
                }
            }
        } catch (NoSuchFileException none) {
            // nothing written here before
        } catch (IOException e) {
            throw ReviewException.of(ExitCode.IO, e, "error.cannotRead", folder.resolve(LIST), e.getMessage());
        }
        return new OutputFolder(folder, console, earlier);
    }

    /**
     * Checks, before anything is written, that every file this run may write is free: absent, or written by the
     * tool's last run and unchanged since. Anything else is someone's file, and the run stops with nothing written.
     */
    public void claim(List<String> names) {
        for (String name : names) {
            Path file = folder.resolve(name);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !unchanged(name)) {
                throw ReviewException.of(ExitCode.IO, null, "error.notOurs", file);
            }
        }
    }

    /**
     * After the run put its files in place: removes the files of the last run that this one did not write again
     * (unless someone changed them: those stay, with a warning), and lists this run's files.
     */
    public void finish(List<Path> written) {
        Map<String, String> now = new LinkedHashMap<>();
        for (Path file : written) {
            now.put(file.getFileName().toString(), sha256(file));
        }
        List<String> removed = new ArrayList<>();
        for (String name : earlier.keySet()) {
            if (now.containsKey(name)) {
                continue;
            }
            Path file = folder.resolve(name);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (unchanged(name)) {
                try {
                    Files.delete(file);
                    removed.add(name);
                } catch (IOException e) {
                    throw ReviewException.of(ExitCode.IO, e, "error.cannotWrite", file, e.getMessage());
                }
            } else {
                console.warning("sheets.keptChanged", file);
            }
        }
        if (!removed.isEmpty()) {
            console.say("sheets.removed", String.join(", ", removed));
        }
        List<String> lines = new ArrayList<>(List.of(HEADER));
        now.forEach((name, hash) -> lines.add(hash + " " + name));
        Path list = folder.resolve(LIST);
        Path temp = OutputFiles.temporaryFor(list);
        try {
            Files.write(temp, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            OutputFiles.deleteQuietly(temp);
            throw OutputFiles.cannotWrite(list, e);
        }
        OutputFiles.moveIntoPlace(temp, list);
    }

    /** Written by the last run, still a plain file, and not changed since. */
    private boolean unchanged(String name) {
        Path file = folder.resolve(name);
        return earlier.containsKey(name) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && earlier.get(name).equals(sha256(file));
    }

    /** Only names of files directly in the folder: a damaged list must never point elsewhere. */
    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.equals(LIST) && !name.contains("/") && !name.contains("\\")
                && !name.equals(".") && !name.equals("..");
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw ReviewException.of(ExitCode.IO, e, "error.cannotRead", file, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
