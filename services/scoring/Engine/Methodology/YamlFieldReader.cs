using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Assessment.Scoring.Engine.Methodology;

/// <summary>
/// Typed access to YAML mapping fields that records a precise error (line, column, path, what is wrong)
/// instead of throwing, so one pass reports every problem in the file.
/// </summary>
internal sealed class YamlFieldReader
{
    private readonly List<MethodologyError> _errors = [];

    public IReadOnlyList<MethodologyError> Errors => _errors;

    public static SourceMark MarkOf(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string path, string message) => _errors.Add(new MethodologyError(MarkOf(node), path, message));

    public void Error(SourceMark mark, string path, string message) => _errors.Add(new MethodologyError(mark, path, message));

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public YamlMappingNode? AsMapping(YamlNode node, string path)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }
        Error(node, path, "expected a mapping (key: value pairs)");
        return null;
    }

    public YamlSequenceNode? AsSequence(YamlNode node, string path)
    {
        if (node is YamlSequenceNode seq)
        {
            return seq;
        }
        Error(node, path, "expected a list");
        return null;
    }

    /// <summary>Reports keys that the language does not know, which are nearly always typos.</summary>
    public void RejectUnknownKeys(YamlMappingNode map, string path, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(known, name) < 0)
            {
                Error(key, Join(path, name), $"unknown key '{name}'; expected one of: {string.Join(", ", known)}");
            }
        }
    }

    public static YamlNode? Field(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(YamlMappingNode map, string key, string path, bool required)
    {
        var node = Field(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, path, $"missing required key '{key}'");
            }
            return null;
        }
        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value;
        }
        Error(node, Join(path, key), "expected a non-empty text value");
        return null;
    }

    public double? Number(YamlMappingNode map, string key, string path, bool required)
    {
        var node = Field(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, path, $"missing required key '{key}'");
            }
            return null;
        }
        return Number(node, Join(path, key));
    }

    public double? Number(YamlNode node, string path)
    {
        if (node is YamlScalarNode scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }
        Error(node, path, $"expected a number, found '{(node as YamlScalarNode)?.Value ?? node.NodeType.ToString()}'");
        return null;
    }

    public bool? Boolean(YamlMappingNode map, string key, string path)
    {
        var node = Field(map, key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "on" or "yes": return true;
                case "false" or "off" or "no": return false;
            }
        }
        Error(node, Join(path, key), $"expected true or false, found '{(node as YamlScalarNode)?.Value}'");
        return null;
    }

    /// <summary>Reads an enum written in snake_case (e.g. percentile_rank), listing the allowed values when wrong.</summary>
    public T? Enum<T>(YamlNode node, string path) where T : struct, Enum
    {
        var text = (node as YamlScalarNode)?.Value ?? "";
        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(SnakeCase(value.ToString()), text, StringComparison.Ordinal))
            {
                return value;
            }
        }
        var allowed = string.Join(", ", System.Enum.GetValues<T>().Select(v => SnakeCase(v.ToString())));
        Error(node, path, $"'{text}' is not a valid {SnakeCase(typeof(T).Name).Replace('_', ' ')}; expected one of: {allowed}");
        return null;
    }

    public T? Enum<T>(YamlMappingNode map, string key, string path) where T : struct, Enum
    {
        var node = Field(map, key);
        return node is null ? null : Enum<T>(node, Join(path, key));
    }

    public static string SnakeCase(string name)
    {
        var chars = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && !(name[i - 1] == 'Z' && name[i] == 'S'))
            {
                chars.Append('_');
            }
            chars.Append(char.ToLowerInvariant(name[i]));
        }
        // Spelled as the methodology authors write them.
        return chars.ToString() switch
        {
            "min_max" => "minmax",
            "z_score" => "zscore",
            "log10" => "log10",
            var other => other,
        };
    }

    public LocalizedText? Text(YamlMappingNode map, string key, string path, bool required)
    {
        var node = Field(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, path, $"missing required key '{key}'");
            }
            return null;
        }
        var here = Join(path, key);
        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return LocalizedText.Same(scalar.Value);
        }
        var texts = AsMapping(node, here);
        if (texts is null)
        {
            return null;
        }
        RejectUnknownKeys(texts, here, "kk", "ru", "en");
        var kk = String(texts, "kk", here, required: true);
        var ru = String(texts, "ru", here, required: true);
        var en = String(texts, "en", here, required: true);
        return kk is null || ru is null || en is null ? null : new LocalizedText(kk, ru, en);
    }
}
