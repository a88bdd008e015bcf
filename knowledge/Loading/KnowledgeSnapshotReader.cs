using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// Reads a stored <see cref="KnowledgeSnapshot"/> (as written by <see cref="KnowledgeSnapshotJsonContext"/>) with one
/// <see cref="Utf8JsonReader"/> walk that sets the model's members through reflection, so that a process start does not
/// JIT-compile the serializer's generic code once per value type of the model.
/// </summary>
/// <remarks>
/// The source-generated reader builds a <c>JsonPropertyInfo&lt;T&gt;</c>, a converter and their helpers for every
/// value type a model member has (decimal, DateOnly, bool, int, each enum, each nullable): about 1,500 methods that
/// cannot be precompiled, because the generic code lives in System.Text.Json and the enums here. This reader has no
/// generic code of its own: an object is made with its parameterless constructor, a member is set through its
/// auto-property's backing field (reflection reads fields without generating code), and a list is a
/// <see cref="List{T}"/> filled through <see cref="IList"/>. It follows the snapshot context's settings: camelCase
/// names unless <see cref="JsonPropertyNameAttribute"/> says otherwise, members with a public setter or init,
/// unknown names skipped, missing members left at their defaults, enums by <see cref="KebabCaseEnumConverter"/>'s
/// names. A type it does not know throws <see cref="NotSupportedException"/>, which the cache treats as no snapshot.
/// </remarks>
internal static class KnowledgeSnapshotReader
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, Member>> Members = new();
    private static readonly ConcurrentDictionary<Type, Dictionary<string, object>> EnumValues = new();

    public static KnowledgeSnapshot Read(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        Next(ref reader);
        return ReadValue(ref reader, typeof(KnowledgeSnapshot)) as KnowledgeSnapshot
            ?? throw new JsonException("The snapshot is empty.");
    }

    private static object? ReadValue(ref Utf8JsonReader reader, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return underlying is not null || !type.IsValueType ? null : throw new JsonException($"null for {type.Name}");
        }

        type = underlying ?? type;
        if (type == typeof(string))
        {
            return reader.GetString();
        }

        if (type.IsEnum)
        {
            return ReadEnum(ref reader, type);
        }

        if (ReadScalar(ref reader, type, out var scalar))
        {
            return scalar;
        }

        return ListElementType(type) is { } element ? ReadList(ref reader, element) : ReadObject(ref reader, type);
    }

    private static bool ReadScalar(ref Utf8JsonReader reader, Type type, out object? value)
    {
        value = Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => reader.GetBoolean(),
            TypeCode.Int32 => reader.GetInt32(),
            TypeCode.Int64 => reader.GetInt64(),
            TypeCode.Decimal => reader.GetDecimal(),
            TypeCode.Double => reader.GetDouble(),
            _ => null,
        };
        if (value is not null)
        {
            return true;
        }

        if (type == typeof(DateOnly))
        {
            value = DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (type == typeof(DateTimeOffset))
        {
            value = reader.GetDateTimeOffset();
        }
        else if (type == typeof(DateTime))
        {
            value = reader.GetDateTime();
        }
        else if (type.IsValueType)
        {
            throw new NotSupportedException($"The snapshot reader does not know {type}.");
        }

        return value is not null;
    }

    private static object ReadEnum(ref Utf8JsonReader reader, Type type)
    {
        var text = reader.GetString() ?? string.Empty;
        var values = EnumValues.GetOrAdd(type, static t => Enum.GetValues(t).Cast<object>()
            .ToDictionary(v => KebabCaseEnumConverter.Normalize(v.ToString()!), v => v, StringComparer.Ordinal));
        return values.TryGetValue(KebabCaseEnumConverter.Normalize(text), out var value)
            ? value
            : throw new JsonException($"'{text}' is not a valid {type.Name}");
    }

    private static IList ReadList(ref Utf8JsonReader reader, Type element)
    {
        Expect(reader, JsonTokenType.StartArray);
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        for (Next(ref reader); reader.TokenType != JsonTokenType.EndArray; Next(ref reader))
        {
            list.Add(ReadValue(ref reader, element));
        }

        return list;
    }

    private static object ReadObject(ref Utf8JsonReader reader, Type type)
    {
        Expect(reader, JsonTokenType.StartObject);
        var members = Members.GetOrAdd(type, MembersOf);
        var target = Activator.CreateInstance(type)
            ?? throw new NotSupportedException($"The snapshot reader cannot create {type}.");
        for (Next(ref reader); reader.TokenType != JsonTokenType.EndObject; Next(ref reader))
        {
            var name = reader.GetString()!;
            Next(ref reader);
            if (members.TryGetValue(name, out var member))
            {
                member.Set(target, ReadValue(ref reader, member.Type));
            }
            else
            {
                reader.Skip();
            }
        }

        return target;
    }

    private static Dictionary<string, Member> MembersOf(Type type)
    {
        if (type.IsValueType || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new NotSupportedException($"The snapshot reader cannot create {type}.");
        }

        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0
                || property.IsDefined(typeof(JsonIgnoreAttribute)))
            {
                continue;
            }

            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var field = property.DeclaringType!.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance);
            members[name] = new Member(property.PropertyType, property, field);
        }

        return members;
    }

    private static Type? ListElementType(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IList<>)
            ? type.GetGenericArguments()[0]
            : throw new NotSupportedException($"The snapshot reader does not know {type}.");
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The snapshot ends early.");
        }
    }

    private static void Expect(Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token}, found {reader.TokenType} at byte {reader.TokenStartIndex}.");
        }
    }

    /// <summary>A settable member: through its backing field when it has one (no generated invoker), else its setter.</summary>
    private sealed record Member(Type Type, PropertyInfo Property, FieldInfo? Field)
    {
        public void Set(object target, object? value)
        {
            if (Field is not null)
            {
                Field.SetValue(target, value);
            }
            else
            {
                Property.SetValue(target, value);
            }
        }
    }
}
