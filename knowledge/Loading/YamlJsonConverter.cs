using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Turns a YAML document into a JSON tree (for schema validation) while remembering each node's line.</summary>
internal static partial class YamlJsonConverter
{
    /// <summary>Converts <paramref name="yaml"/>; on failure returns null and adds problems as (line, message).</summary>
    public static JsonNode? Convert(string yaml, YamlLineMap lines, List<(int Line, string Message)> errors)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            errors.Add(((int)Math.Max(1, ex.Start.Line), "YAML syntax error: " + Innermost(ex).Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (without a mark) on some unterminated flow collections.
            errors.Add(((int)Math.Max(1, scanner.CurrentPosition.Line), "YAML syntax error: unterminated or malformed flow collection ({ ... } or [ ... ])"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add((1, "the file is empty"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(((int)stream.Documents[1].RootNode.Start.Line, "only one YAML document per file is allowed"));
        }

        var root = stream.Documents[0].RootNode;
        lines.Add(string.Empty, (int)root.Start.Line);
        return ToJson(root, string.Empty, lines, errors);
    }

    private static Exception Innermost(YamlException ex)
    {
        // YamlDotNet wraps the real cause ("while scanning ...") and both messages are useful; keep the outer one
        // unless it is generic.
        return ex.InnerException is YamlException inner && ex.Message.StartsWith("(Line", StringComparison.Ordinal) ? inner : ex;
    }

    private static JsonNode? ToJson(YamlNode node, string pointer, YamlLineMap lines, List<(int Line, string Message)> errors)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
                    var childPointer = pointer + "/" + YamlLineMap.Escape(key);
                    if (obj.ContainsKey(key))
                    {
                        errors.Add(((int)keyNode.Start.Line, $"duplicate key '{key}'"));
                        continue;
                    }

                    lines.Add(childPointer, (int)keyNode.Start.Line);
                    obj[key] = ToJson(valueNode, childPointer, lines, errors);
                }

                return obj;
            case YamlSequenceNode seq:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in seq.Children)
                {
                    var childPointer = pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
                    lines.Add(childPointer, (int)item.Start.Line);
                    array.Add(ToJson(item, childPointer, lines, errors));
                    index++;
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.End.Line > scalar.Start.Line)
        {
            // YAML folds a line break into a space, which is right between English words and wrong inside Chinese
            // ("多次投诉会危及账户； 在美国"): a break between two Chinese characters is folded into nothing.
            value = FoldedChineseBreak().Replace(value, string.Empty);
        }

        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        // YAML 1.2 core schema resolution for plain scalars; dates stay strings on purpose.
        if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (value is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(value) && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value);
    }

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF01-\uFF5E]) (?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF01-\uFF5E])")]
    private static partial Regex FoldedChineseBreak();

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
