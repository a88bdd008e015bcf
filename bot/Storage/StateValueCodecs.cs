using System.Text.Encodings.Web;
using System.Text.Json;
using CrossBorderBot.Answers;
using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Storage;

/// <summary>
/// How each value of a state dictionary is read and written: the types read on most turns (the dialog stack, the
/// conversation profile, the last answered question) and plain values with System.Text.Json; any other type through
/// Json.NET's state serializer, with its type names and the same <see cref="StateSerializationBinder"/> as before.
/// </summary>
/// <remarks>
/// Every value keeps the JSON Json.NET's state serializer gives it, so state written before this codec existed reads
/// the same, and the SDK's own <c>IStorage</c> path (Json.NET) reads what this codec writes.
/// </remarks>
internal static class StateValueCodecs
{
    /// <summary>The property in which Json.NET names a value's type.</summary>
    public const string TypeProperty = "$type";

    /// <summary>Not HTML-escaped (state is never put into a page): Chinese text stays readable and short, as Json.NET writes it.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly Dictionary<Type, IStateValueCodec> ByType = [];
    private static readonly Dictionary<string, IStateValueCodec> ByTypeName = new(StringComparer.Ordinal);

    // Json.NET's serializer for everything else; shared, as its settings are fixed once created.
    private static readonly Newtonsoft.Json.JsonSerializer JsonNet = BotStateJson.CreateStoreSerializer();

    static StateValueCodecs()
    {
        Register(new DialogStateCodec());
        Register(new PlainStateValueCodec(typeof(ConversationProfile)));
        Register(new PlainStateValueCodec(typeof(LastAnsweredQuestion)));
        Register(new Plans.SavedPlansStateCodec());
        Register(new Channels.QuestionCards.QuestionCardLedgerStateCodec());
    }

    /// <summary>The name Json.NET writes in <c>$type</c> for a non-generic type: its full name and its assembly's simple name.</summary>
    public static string TypeNameOf(Type type) => type.FullName + ", " + type.Assembly.GetName().Name;

    /// <summary>
    /// Checks, before any value is read, that a <c>$type</c> names a type state may hold (see
    /// <see cref="StateSerializationBinder"/>), so a tampered item fails when it is loaded, as it did with Json.NET.
    /// </summary>
    public static void EnsureAllowedTypeName(string typeName)
    {
        if (ByTypeName.ContainsKey(typeName))
        {
            return;
        }

        var split = AssemblySeparator(typeName);
        _ = split < 0
            ? StateSerializationBinder.Instance.BindToType(null, typeName.Trim())
            : StateSerializationBinder.Instance.BindToType(typeName[(split + 1)..].Trim(), typeName[..split].Trim());
    }

    /// <summary>Reads one stored value (any JSON value) into the object a Json.NET read would have given.</summary>
    public static object? Read(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span);
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject when FirstTypeName(json.Span) is { } typeName && ByTypeName.TryGetValue(typeName, out var codec):
                return codec.Read(json);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                return ReadWithJsonNet(json.Span);
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return JTokenUtf8.ReadNumber(ref reader);
            case JsonTokenType.True or JsonTokenType.False:
                return reader.GetBoolean();
            default:
                return null;
        }
    }

    /// <summary>Writes one state value as Json.NET's state serializer would.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        if (value is JToken token)
        {
            JTokenUtf8.Write(writer, token);
        }
        else if (value is not null && ByType.TryGetValue(value.GetType(), out var codec))
        {
            codec.Write(writer, value);
        }
        else if (!JTokenUtf8.TryWriteScalar(writer, value))
        {
            writer.WriteRawValue(BotStateJson.Serialize(value!, JsonNet), skipInputValidation: true);
        }
    }

    private static void Register(IStateValueCodec codec)
    {
        ByType.Add(codec.Type, codec);
        ByTypeName.Add(TypeNameOf(codec.Type), codec);
    }

    /// <summary>The value of an object's <c>$type</c> when it is the first property (where Json.NET writes it), else null.</summary>
    private static string? FirstTypeName(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(TypeProperty))
        {
            return null;
        }

        reader.Read();
        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }

    internal static object? ReadWithJsonNet(ReadOnlySpan<byte> json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(Encoding.UTF8.GetString(json)));
        return JsonNet.Deserialize<object>(reader);
    }

    // "Namespace.Type`1[[Arg, ArgAssembly]], Assembly": the comma outside any brackets.
    private static int AssemblySeparator(string typeName)
    {
        var depth = 0;
        for (var i = 0; i < typeName.Length; i++)
        {
            switch (typeName[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    return i;
            }
        }

        return -1;
    }
}
