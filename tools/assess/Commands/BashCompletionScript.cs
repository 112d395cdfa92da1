using System.CommandLine;
using System.Text;

namespace Assessment.Cli.Commands;

/// <summary>
/// A bash completion script generated from the command tree itself, so it never lists a command or option that is
/// gone: it follows the subcommands typed so far and offers that command's subcommands and options, else file names.
/// </summary>
internal static class BashCompletionScript
{
    public static string For(Command root, string program = "assess")
    {
        var paths = new List<(string Path, Command Command)>();
        Collect(root, string.Empty, paths);

        var script = new StringBuilder();
        script.AppendLine($"# bash completion for {program}; load with: source <({program} completion bash)");
        script.AppendLine($"_{program}_complete() {{");
        script.AppendLine("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" path=\"\" word opts");
        script.AppendLine("  for word in \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"; do");
        script.AppendLine("    case \"$path $word\" in");
        script.AppendLine("      " + string.Join("|", paths.Where(p => p.Path.Length > 0).Select(p => $"\"{p.Path}\"")) + ") path=\"$path $word\" ;;");
        script.AppendLine("    esac");
        script.AppendLine("  done");
        script.AppendLine("  case \"$path\" in");
        foreach (var (path, command) in paths)
        {
            var words = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)
                .Concat(command.Options.Concat(Recursive(root, command)).Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(w => w.StartsWith('-') && !w.Contains('?')))
                .Distinct(StringComparer.Ordinal);
            script.AppendLine($"    \"{path}\") opts=\"{string.Join(' ', words)}\" ;;");
        }

        script.AppendLine("  esac");
        script.AppendLine("  COMPREPLY=( $(compgen -W \"$opts\" -- \"$cur\") )");
        script.AppendLine("}");
        script.AppendLine($"complete -o default -F _{program}_complete {program}");
        return script.ToString();
    }

    private static void Collect(Command command, string path, List<(string, Command)> paths)
    {
        paths.Add((path, command));
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            Collect(sub, path + " " + sub.Name, paths);
        }
    }

    /// <summary>Options declared recursive on the root (--gateway, --token, ...) apply to every command below it.</summary>
    private static IEnumerable<Option> Recursive(Command root, Command command) =>
        ReferenceEquals(root, command) ? [] : root.Options.Where(o => o.Recursive);
}
