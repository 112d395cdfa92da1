using System.Text;
using System.Text.RegularExpressions;

namespace Assessment.Integration.Tests;

/// <summary>
/// The runnable steps of docs/guide.md: each fenced block right after a `&lt;!-- guide:run [tag] --&gt;` marker, split into
/// command lines (comments dropped, backslash continuations joined). A line is `export NAME=value`, `NAME=value`,
/// `NAME=$(assess ...)` or `assess ...`, optionally ending with `# exits N`.
/// </summary>
public sealed partial class GuideScript
{
    public sealed record Step(string Tag, string Line, int LineNumber);

    public IReadOnlyList<Step> Steps { get; }

    private GuideScript(IReadOnlyList<Step> steps) => Steps = steps;

    public static GuideScript Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var steps = new List<Step>();
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = Marker().Match(lines[i].Trim());
            if (!marker.Success)
            {
                continue;
            }

            if (i + 1 >= lines.Length || !lines[i + 1].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                throw new FormatException($"docs/guide.md line {i + 1}: a guide:run marker must be followed directly by a fenced block");
            }

            var pending = new StringBuilder();
            var start = 0;
            for (i += 2; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                var text = lines[i].TrimEnd();
                if (pending.Length == 0)
                {
                    if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#'))
                    {
                        continue;
                    }

                    start = i + 1;
                }

                if (text.EndsWith('\\'))
                {
                    pending.Append(text[..^1]).Append(' ');
                    continue;
                }

                pending.Append(text);
                steps.Add(new Step(marker.Groups[1].Value, pending.ToString().Trim(), start));
                pending.Clear();
            }
        }

        return new GuideScript(steps);
    }

    /// <summary>Splits a command line as bash would for these simple lines: quotes, $NAME and ${NAME}, a trailing # comment.</summary>
    public static (List<string> Words, string Comment) Split(string line, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var comment = string.Empty;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '#' && !inWord)
            {
                comment = line[(i + 1)..].Trim();
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            inWord = true;
            switch (c)
            {
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    for (i++; i < line.Length && line[i] != '"'; i++)
                    {
                        if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$')
                        {
                            word.Append(line[++i]);
                        }
                        else if (line[i] == '$')
                        {
                            i = Expand(line, i, variables, word);
                        }
                        else
                        {
                            word.Append(line[i]);
                        }
                    }

                    break;
                case '$':
                    i = Expand(line, i, variables, word);
                    break;
                default:
                    word.Append(c);
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return (words, comment);
    }

    private static int Expand(string line, int dollar, IReadOnlyDictionary<string, string> variables, StringBuilder word)
    {
        var braced = dollar + 1 < line.Length && line[dollar + 1] == '{';
        var start = dollar + (braced ? 2 : 1);
        var end = start;
        while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] == '_'))
        {
            end++;
        }

        var name = line[start..end];
        if (name.Length == 0)
        {
            word.Append('$');
            return dollar;
        }

        word.Append(variables.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"the guide uses ${name} before setting it: {line}"));
        return braced ? end : end - 1;
    }

    [GeneratedRegex(@"^<!--\s*guide:run\s*([a-z-]*)\s*-->$")]
    private static partial Regex Marker();
}
