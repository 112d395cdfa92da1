using System.Text;
using System.Text.Json;
using Assessment.Contracts.Indicators;
using Google.Protobuf.Reflection;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// JSON transcoding reads a JSON feed into its protobuf message leniently: a property the message does not have is
/// dropped (a misspelt "valeu" loses the value) and a property given twice keeps the last one (two "observations"
/// lists are even joined). For a feed both mean data silently lost or chosen, so every object of the payload is
/// checked against the message's descriptor first, and each unknown or repeated property is reported with its row
/// (1-based position in the rows list, 0 outside it), its JSON path, line and byte. Property names are those
/// transcoding accepts: the lowerCamel JSON name and the proto field name. Invalid JSON is left to the transcoder,
/// whose own error says where.
/// </summary>
public sealed class JsonFeedPropertyCheck(MessageDescriptor root, int rowsFieldNumber)
{
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public IReadOnlyList<FeedIssue> Check(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith(Utf8ByteOrderMark))
        {
            json = json[Utf8ByteOrderMark.Length..];
        }

        var issues = new List<FeedIssue>();
        var reader = new Utf8JsonReader(json);
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                CheckObject(ref reader, json, root, "", 0, issues);
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the transcoder refuses it with its own message.
        }

        return issues;
    }

    private void CheckObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, MessageDescriptor message, string path, int row, List<FeedIssue> issues)
    {
        var seen = new Dictionary<int, string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var at = Position(json, reader.TokenStartIndex);
            var field = message.FindFieldByName(name) ?? message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name);
            reader.Read();
            var valueStart = (int)reader.TokenStartIndex;
            var propertyPath = path.Length == 0 ? name : $"{path}.{name}";

            if (field is null)
            {
                reader.Skip();
                issues.Add(FeedIssueFactory.Create(row, name, Raw(json, valueStart, reader),
                    $"{Where(row, path)} has a property \"{name}\" ({at}) that is not one of {Names(message)}. "
                    + "A misspelt property would silently lose what it carries, so nothing was stored; correct or remove it.",
                    FeedIssueCodes.UnknownField));
                continue;
            }

            if (!seen.TryAdd(field.FieldNumber, name))
            {
                var spelled = seen[field.FieldNumber] == name ? "" : $" (as \"{seen[field.FieldNumber]}\" and \"{name}\")";
                var probe = reader;
                probe.Skip();
                issues.Add(FeedIssueFactory.Create(row, name, Raw(json, valueStart, probe),
                    $"{Where(row, path)} gives \"{field.JsonName}\" twice{spelled}, the second time at {at}. "
                    + "Only one of the values could be kept, so nothing was stored; give each property once.",
                    FeedIssueCodes.DuplicateField));
            }

            CheckValue(ref reader, json, field, propertyPath, row, isTopLevel: path.Length == 0, issues);
        }
    }

    private void CheckValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, FieldDescriptor field, string path, int row, bool isTopLevel,
        List<FeedIssue> issues)
    {
        // Maps and google.protobuf types (Timestamp, Struct, wrappers) have JSON forms of their own: not walked.
        var walkable = field.FieldType == FieldType.Message && !field.IsMap && field.MessageType.File.Package != "google.protobuf";
        if (walkable && field.IsRepeated && reader.TokenType == JsonTokenType.StartArray)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var elementRow = isTopLevel && field.FieldNumber == rowsFieldNumber ? index + 1 : row;
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    CheckObject(ref reader, json, field.MessageType, $"{path}[{index}]", elementRow, issues);
                }
                else
                {
                    reader.Skip();
                }

                index++;
            }

            return;
        }

        if (walkable && !field.IsRepeated && reader.TokenType == JsonTokenType.StartObject)
        {
            CheckObject(ref reader, json, field.MessageType, path, row, issues);
            return;
        }

        // A value of the wrong type is the transcoder's to refuse.
        reader.Skip();
    }

    private static string Where(int row, string path) => (row, path) switch
    {
        (> 0, _) => $"Value {row} ({path})",
        (_, "") => "The submission",
        _ => path,
    };

    private static string Names(MessageDescriptor message) => string.Join(", ", message.Fields.InDeclarationOrder().Select(f => f.JsonName));

    // The property's value as sent, for the issue's echo; the reader stands on the value's last token.
    private static string Raw(ReadOnlySpan<byte> json, int start, Utf8JsonReader reader)
    {
        var end = (int)reader.BytesConsumed;
        return end > start ? Encoding.UTF8.GetString(json[start..Math.Min(end, start + FeedIssueFactory.MaxEchoedValueLength * 4)]) : "";
    }

    private static string Position(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return $"line {line}, byte {offset - lineStart + 1}";
    }
}
