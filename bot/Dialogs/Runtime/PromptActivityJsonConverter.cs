using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorderBot.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// A prompt's question kept in its options: a message with text (and perhaps speech, an input hint, a locale, a text
/// format and empty attachment and entity lists), which is what the guides' prompts hold, is read and written by hand
/// in the JSON Json.NET gives it (its property names and order taken from Json.NET once, at start-up). Any other
/// activity (a card, channel data…) still goes through Json.NET, as before.
/// </summary>
internal sealed class PromptActivityJsonConverter : JsonConverter<Activity>
{
    private const string AttachmentsName = "attachments";
    private const string EntitiesName = "entities";

    private static readonly (string Name, Func<Activity, string?> Get, Action<Activity, string> Set)[] TextProperties =
    [
        ("type", a => a.Type, (a, v) => a.Type = v),
        ("text", a => a.Text, (a, v) => a.Text = v),
        ("speak", a => a.Speak, (a, v) => a.Speak = v),
        ("inputHint", a => a.InputHint, (a, v) => a.InputHint = v),
        ("locale", a => a.Locale, (a, v) => a.Locale = v),
        ("textFormat", a => a.TextFormat, (a, v) => a.TextFormat = v),
    ];

    // Every other property must be as a new Activity has it (the extension-data bag aside: empty is fine).
    private static readonly Func<Activity, bool>[] OtherPropertiesUnset = UnsetChecks();

    // The JSON names in the order Json.NET writes them.
    private static readonly string[] Order = JsonNetOrder();

    public override Activity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        // A copy of the reader tries the simple form; on anything else the original reads the object through Json.NET.
        var attempt = reader;
        if (TryReadSimple(ref attempt) is { } simple)
        {
            reader = attempt;
            return simple;
        }

        var token = JTokenUtf8.Read(ref reader);
        DialogValueConverter.CountJsonNet(typeof(Activity));
        return token.ToObject<Activity>(DialogJson.Serializer);
    }

    public override void Write(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options)
    {
        if (!IsSimple(value))
        {
            DialogValueConverter.CountJsonNet(typeof(Activity));
            JTokenUtf8.Write(writer, JToken.FromObject(value, DialogJson.Serializer));
            return;
        }

        writer.WriteStartObject();
        foreach (var name in Order)
        {
            if (name == AttachmentsName)
            {
                WriteEmptyList(writer, name, value.Attachments);
            }
            else if (name == EntitiesName)
            {
                WriteEmptyList(writer, name, value.Entities);
            }
            else if (Array.Find(TextProperties, p => p.Name == name).Get(value) is { } text)
            {
                writer.WriteString(name, text);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// A copy to send: sending fills an activity in (conversation, sender, ids) and a prompt's options are kept in its
    /// state as the objects given, so the question kept must not be the one sent.
    /// </summary>
    public static Activity CopyToSend(Activity activity)
    {
        if (!IsSimple(activity))
        {
            return JToken.FromObject(activity, DialogJson.Serializer).ToObject<Activity>(DialogJson.Serializer)!;
        }

        var copy = new Activity
        {
            Attachments = activity.Attachments is null ? null : [],
            Entities = activity.Entities is null ? null : [],
        };
        foreach (var (_, get, set) in TextProperties)
        {
            if (get(activity) is { } text)
            {
                set(copy, text);
            }
        }

        return copy;
    }

    private static void WriteEmptyList<T>(Utf8JsonWriter writer, string name, IList<T>? list)
    {
        if (list is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
    }

    private static bool IsSimple(Activity activity) =>
        activity.Attachments is null or { Count: 0 }
        && activity.Entities is null or { Count: 0 }
        && activity.Properties is null or { Count: 0 }
        && Array.TrueForAll(OtherPropertiesUnset, unset => unset(activity));

    private static Activity? TryReadSimple(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var activity = new Activity();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name is AttachmentsName or EntitiesName)
            {
                if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.EndArray)
                {
                    return null;
                }

                if (name == AttachmentsName)
                {
                    activity.Attachments = [];
                }
                else
                {
                    activity.Entities = [];
                }

                continue;
            }

            var index = Array.FindIndex(TextProperties, p => p.Name == name);
            if (index < 0 || reader.TokenType != JsonTokenType.String)
            {
                return null;
            }

            TextProperties[index].Set(activity, reader.GetString()!);
        }

        return activity;
    }

    private static Func<Activity, bool>[] UnsetChecks()
    {
        var handled = new HashSet<string>(StringComparer.Ordinal)
        {
            nameof(Activity.Type), nameof(Activity.Text), nameof(Activity.Speak), nameof(Activity.InputHint), nameof(Activity.Locale),
            nameof(Activity.TextFormat), nameof(Activity.Attachments), nameof(Activity.Entities), nameof(Activity.Properties),
        };
        var fresh = new Activity();
        var checks = new List<Func<Activity, bool>>();
        foreach (var property in typeof(Activity).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (handled.Contains(property.Name) || property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }

            // Reflection, not compiled expression trees: compiling ~40 lambdas loaded System.Linq.Expressions and
            // JIT-compiled each one on the first guide turn, on every start's path to its first reply.
            var initial = property.GetValue(fresh);
            checks.Add(candidate => Equals(property.GetValue(candidate), initial));
        }

        return [.. checks];
    }

    private static string[] JsonNetOrder()
    {
        var probe = new Activity { Attachments = [], Entities = [] };
        foreach (var (_, _, set) in TextProperties)
        {
            set(probe, "-");
        }

        var names = ((JObject)JToken.FromObject(probe, DialogJson.Serializer)).Properties().Select(p => p.Name).ToArray();
        var expected = TextProperties.Select(p => p.Name).Append(AttachmentsName).Append(EntitiesName).Order(StringComparer.Ordinal);
        if (!names.Order(StringComparer.Ordinal).SequenceEqual(expected))
        {
            throw new InvalidOperationException("Json.NET writes a text activity with other properties than expected: " + string.Join(",", names));
        }

        return names;
    }
}
