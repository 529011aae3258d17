package io.perfloop.agent.output;

import io.perfloop.core.events.AgentControl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The agent's side of {@link AgentControl}: finds command files, oldest first, and deletes them. */
final class ControlDirectory {
    private final Path directory;

    ControlDirectory(Path outputDirectory) {
        this.directory = outputDirectory.resolve(AgentControl.DIRECTORY);
    }

    /** A command read from a file. */
    record Command(long sequence, AgentControl.Command command) {
    }

    /** Commands waiting, in sequence order, their files removed; unreadable names are removed too. */
    List<Command> take() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Command> commands = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // a command still being written
                }
                long sequence = AgentControl.sequenceOf(name);
                Optional<AgentControl.Command> command = AgentControl.Command.ofFileName(name);
                Files.deleteIfExists(file);
                if (sequence > 0 && command.isPresent()) {
                    commands.add(new Command(sequence, command.get()));
                }
            }
        }
        commands.sort(Comparator.comparingLong(Command::sequence));
        return commands;
    }
}
