using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>The data a button sends back: <c>{ "verb": …, …data }</c>, the same on every channel.</summary>
internal static class ReplySubmitData
{
    public const string VerbKey = "verb";

    private static readonly Dictionary<string, string> EmptyData = [];

    public static JObject For(ReplyAction action)
    {
        var data = new JObject();
        foreach (var (key, value) in action.Data ?? EmptyData)
        {
            // The verb below wins: a data entry must not be able to change which handler runs.
            if (!string.Equals(key, VerbKey, StringComparison.Ordinal))
            {
                data[key] = value;
            }
        }

        data.AddFirst(new JProperty(VerbKey, action.Verb));
        return data;
    }

    public static JObject For(ChoiceSetBlock choiceSet, ReplyChoice choice) =>
        new() { [VerbKey] = choiceSet.Verb, [ChoiceSetBlock.ValueKey] = choice.Value };

    /// <summary>The same object as <see cref="For(ReplyAction)"/>, written straight to a card.</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter writer, ReplyAction action)
    {
        writer.WriteStartObject();
        writer.WriteString(VerbKey, action.Verb);
        foreach (var (key, value) in action.Data ?? EmptyData)
        {
            if (!string.Equals(key, VerbKey, StringComparison.Ordinal))
            {
                writer.WriteString(key, value);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The same object as <see cref="For(ChoiceSetBlock, ReplyChoice)"/>, written straight to a card.</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter writer, ChoiceSetBlock choiceSet, ReplyChoice choice)
    {
        writer.WriteStartObject();
        writer.WriteString(VerbKey, choiceSet.Verb);
        writer.WriteString(ChoiceSetBlock.ValueKey, choice.Value);
        writer.WriteEndObject();
    }

    /// <summary>The object data of a click as it comes back (most clients send a JSON object, some a JSON string).</summary>
    public static JObject? Read(object? value) => value switch
    {
        JObject data => data,
        string json when json.TrimStart().StartsWith('{') => TryParse(json),
        null or JToken or string => null,
        var other => JToken.FromObject(other) as JObject,
    };

    /// <summary>A scalar of the data as text (strings trimmed, numbers and booleans as JSON); null for objects and arrays.</summary>
    public static string? Text(JToken? token) => token switch
    {
        null => null,
        { Type: JTokenType.Null or JTokenType.Object or JTokenType.Array } => null,
        { Type: JTokenType.String } => ((string?)token)?.Trim(),
        _ => token.ToString(Formatting.None),
    };

    private static JObject? TryParse(string json)
    {
        try
        {
            return JObject.Parse(json);
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }
}
