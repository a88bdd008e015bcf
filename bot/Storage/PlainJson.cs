using System.Collections;
using System.Text.Json;
using CrossBorderBot.Json;

namespace CrossBorderBot.Storage;

/// <summary>
/// Reads and writes the plain types kept in state and dialog values (public properties by their C# names) with one
/// <see cref="Utf8JsonReader"/> / <see cref="Utf8JsonWriter"/> walk over their <see cref="PlainJsonContract"/>, giving
/// the bytes and values System.Text.Json's source-generated code gave them, without its generic code.
/// </summary>
/// <remarks>
/// The generated code builds a property and a converter object for every value type a member has (nullable int,
/// decimal, bool, each enum): several hundred methods that ReadyToRun cannot precompile (System.Text.Json's generics
/// over the bot's types), JIT-compiled at the first turn of every process. This walk boxes values instead and has no
/// generic code. Its settings are the ones the generated contexts had: see <see cref="PlainJsonSettings"/>.
/// </remarks>
internal static class PlainJson
{
    private static readonly JsonSerializerOptions ConverterOptions = new();

    public static void Write(Utf8JsonWriter writer, object value, PlainJsonSettings settings) =>
        WriteValue(writer, value, PlainJsonKind.Of(value.GetType(), null), settings);

    /// <summary>Writes an object with <paramref name="leadingTypeName"/> as its first property (<c>$type</c>), as Json.NET's state serializer puts it.</summary>
    public static void WriteObject(Utf8JsonWriter writer, object value, PlainJsonContract contract, PlainJsonSettings settings, string? leadingTypeName)
    {
        writer.WriteStartObject();
        if (leadingTypeName is not null)
        {
            writer.WriteString(StateValueCodecs.TypeProperty, leadingTypeName);
        }

        foreach (var member in contract.Members)
        {
            var memberValue = member.Get(value);
            if (memberValue is null && (!settings.WriteNulls || member.OmittedWhenNull))
            {
                continue;
            }

            writer.WritePropertyName(member.Name);
            WriteValue(writer, memberValue, member.Kind, settings);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a JSON object (or null) as <paramref name="type"/>; a value of the wrong form throws <see cref="JsonException"/>.</summary>
    public static object? Read(ReadOnlySpan<byte> utf8, Type type, PlainJsonSettings settings)
    {
        var reader = new Utf8JsonReader(utf8);
        try
        {
            reader.Read();
            return ReadValue(ref reader, PlainJsonKind.Of(type, null), settings);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            throw new JsonException($"A stored {type.Name} could not be read: {ex.Message}", ex);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, PlainJsonKind kind, PlainJsonSettings settings)
    {
        switch (value)
        {
            // Null, text, flags and numbers, by the one scalar writer; fractions take Json.NET's form ("2.0") only where
            // the stored shape was Json.NET's.
            case null or string or bool or int or long or decimal or double:
                JTokenUtf8.TryWriteScalar(writer, value, jsonNetFractions: settings.JsonNetNumbers);
                break;
            case Enum when kind.Enum is { } names:
                WriteEnum(writer, value, names);
                break;
            case Microsoft.Bot.Schema.Activity activity when kind.Converter is { } converter:
                converter.Write(writer, activity, ConverterOptions);
                break;
            case IEnumerable items when kind.Element is { } element:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item, element, settings);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteObject(writer, value, PlainJsonContract.Of(kind.Type), settings, leadingTypeName: null);
                break;
        }
    }

    private static void WriteEnum(Utf8JsonWriter writer, object value, PlainJsonEnum names)
    {
        if (names.AsNames && names.NameOf(value) is { } name)
        {
            writer.WriteStringValue(name);
        }
        else if (!names.AsNames || names.AllowNumbers)
        {
            writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }
        else
        {
            throw new JsonException($"{value} is not a named {names.Type.Name}.");
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader, PlainJsonKind kind, PlainJsonSettings settings)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return kind.IsNullable ? null : throw new JsonException($"null is not a {kind.Type.Name}.");
        }

        var type = kind.Type;
        if (kind.Enum is { } names)
        {
            return ReadEnum(ref reader, names);
        }

        if (kind.Converter is { } converter)
        {
            return converter.Read(ref reader, type, ConverterOptions);
        }

        switch (Type.GetTypeCode(type))
        {
            case TypeCode.String:
                return reader.GetString();
            case TypeCode.Boolean:
                return reader.GetBoolean();
            case TypeCode.Int32:
                return reader.GetInt32();
            case TypeCode.Int64:
                return reader.GetInt64();
            case TypeCode.Decimal:
                return ReadDecimal(ref reader, settings);
            case TypeCode.Double:
                return ReadDouble(ref reader, settings);
        }

        if (kind.Element is { } element)
        {
            return ReadList(ref reader, type, element, settings);
        }

        return type.IsValueType ? throw new NotSupportedException($"The plain JSON codec does not know {type}.") : ReadObject(ref reader, PlainJsonContract.Of(type), settings);
    }

    // As JsonNetNumberConverters: a number in a string (Json.NET's form of a non-finite double) is read too.
    private static decimal ReadDecimal(ref Utf8JsonReader reader, PlainJsonSettings settings) =>
        settings.JsonNetNumbers && reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : settings.JsonNetNumbers && !reader.TryGetDecimal(out _) ? (decimal)reader.GetDouble() : reader.GetDecimal();

    private static double ReadDouble(ref Utf8JsonReader reader, PlainJsonSettings settings)
    {
        if (!settings.JsonNetNumbers || reader.TokenType != JsonTokenType.String)
        {
            return reader.GetDouble();
        }

        var text = reader.GetString() switch
        {
            "Infinity" => "∞",
            "-Infinity" => "-∞",
            var other => other,
        };
        return double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static object ReadEnum(ref Utf8JsonReader reader, PlainJsonEnum names)
    {
        if (reader.TokenType == JsonTokenType.String && names.AsNames)
        {
            var text = reader.GetString()!;
            return names.ValueOf(text) ?? throw new JsonException($"'{text}' is not a {names.Type.Name}.");
        }

        return reader.TokenType == JsonTokenType.Number && names.AllowNumbers
            ? Enum.ToObject(names.Type, reader.GetInt64())
            : throw new JsonException($"A {names.Type.Name} must be {(names.AsNames ? "a name" : "a number")}.");
    }

    private static IList ReadList(ref Utf8JsonReader reader, Type type, PlainJsonKind element, PlainJsonSettings settings)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !type.IsGenericType || type.GetGenericTypeDefinition() != typeof(List<>))
        {
            throw new JsonException($"A {type.Name} must be a JSON array.");
        }

        var list = (IList)Activator.CreateInstance(type)!;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ReadValue(ref reader, element, settings));
        }

        return list;
    }

    private static object ReadObject(ref Utf8JsonReader reader, PlainJsonContract contract, PlainJsonSettings settings)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {contract.Type.Name} must be a JSON object.");
        }

        var members = settings.CaseInsensitiveNames ? contract.MembersByNameIgnoringCase : contract.MembersByName;
        var target = contract.Create();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Unknown names (such as a leading "$type") are skipped; a repeated name sets the member again.
            var found = members.TryGetValue(reader.GetString()!, out var member);
            reader.Read();
            if (found)
            {
                member!.Set(target, ReadValue(ref reader, member.Kind, settings));
            }
            else
            {
                reader.Skip();
            }
        }

        return target;
    }
}

/// <summary>The settings of one System.Text.Json context that <see cref="PlainJson"/> stands in for.</summary>
/// <param name="WriteNulls">Null members are written (else left out).</param>
/// <param name="CaseInsensitiveNames">Members are read by their names in any case.</param>
/// <param name="JsonNetNumbers">Decimals and doubles are written as Json.NET writes them (<c>2.0</c>), as <c>JsonNetNumberConverters</c>.</param>
internal sealed record PlainJsonSettings(bool WriteNulls, bool CaseInsensitiveNames, bool JsonNetNumbers)
{
    /// <summary>State values (the conversation profile, the last answered question): nulls written, names as written.</summary>
    public static PlainJsonSettings State { get; } = new(WriteNulls: true, CaseInsensitiveNames: false, JsonNetNumbers: false);

    /// <summary>Dialog values: nulls left out, names in any case, Json.NET's number forms.</summary>
    public static PlainJsonSettings Dialog { get; } = new(WriteNulls: false, CaseInsensitiveNames: true, JsonNetNumbers: true);
}
