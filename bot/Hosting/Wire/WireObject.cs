using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Hosting.Wire;

/// <summary>
/// The wire form of one Bot Framework schema class, declared once for both directions: its members in the order the
/// SDK's serializer (Json.NET) writes them, each with how it is written (left out when null) and read, and its
/// extension data (written last, filled from undeclared members on the way in). A member with no reader is left to
/// the SDK's serializer when it arrives (<see cref="WireFallbackException"/>); a class without extension data skips
/// undeclared members, as Json.NET does. The tables themselves are in <see cref="ActivityWireSchema"/>.
/// </summary>
internal sealed class WireObject<T>
    where T : class, new()
{
    private readonly List<Member> _members = [];
    private readonly Dictionary<string, Member> _byName = new(StringComparer.Ordinal);
    private readonly Func<T, JObject?>? _getExtension;
    private readonly Action<T, JObject>? _setExtension;
    private string[] _declared = [];

    public WireObject(Func<T, JObject?>? getExtension = null, Action<T, JObject>? setExtension = null)
    {
        _getExtension = getExtension;
        _setExtension = setExtension;
    }

    public delegate TValue ReadValue<TValue>(ref Utf8JsonReader reader);

    private delegate void ReadMember(ref Utf8JsonReader reader, T target);

    /// <summary>The names Json.NET matches for this class (its extension data property included), in declared order.</summary>
    public IReadOnlyList<string> Declared => _declared;

    public WireObject<T> Text(string name, Func<T, string?> get, Action<T, string> set) => Add(
        name,
        WhenSet(get, (writer, value) => writer.WriteStringValue(value)),
        (ref reader, target) => set(target, WireValueReader.ReadText(ref reader)));

    public WireObject<T> Flag(string name, Func<T, bool?> get, Action<T, bool> set) => Add(
        name,
        (writer, encoded, target) =>
        {
            if (get(target) is { } value)
            {
                writer.WriteBoolean(encoded, value);
            }
        },
        (ref reader, target) => set(target, WireValueReader.ReadFlag(ref reader)));

    public WireObject<T> Date(string name, Func<T, DateTimeOffset?> get, Action<T, DateTimeOffset?> set) => Add(
        name,
        WriteValue(target => get(target)),
        (ref reader, target) => set(target, WireValueReader.ReadDateTimeOffset(ref reader)));

    /// <summary>An object-typed member: a JSON tree or a primitive. Given twice, it is left to Json.NET.</summary>
    public WireObject<T> Plain(string name, Func<T, object?> get, Action<T, object?> set) => Add(
        name,
        WriteValue(get),
        (ref reader, target) => set(target, get(target) is { } existing ? throw new WireFallbackException(existing.GetType()) : WireValueReader.ReadPlain(ref reader)));

    /// <summary>A member of another schema class. Given twice, Json.NET would merge it into the first: left to it.</summary>
    public WireObject<T> Nested<TMember>(string name, Func<T, TMember?> get, Action<T, TMember> set, WireObject<TMember> shape)
        where TMember : class, new() => Add(
        name,
        WhenSet(get, shape.Write),
        (ref reader, target) => set(
            target,
            reader.TokenType == JsonTokenType.StartObject && get(target) is null ? shape.Read(ref reader) : throw new WireFallbackException(typeof(TMember))));

    /// <summary>A list of another schema class's objects (nulls kept).</summary>
    public WireObject<T> List<TItem>(string name, Func<T, IList<TItem>?> get, Action<T, List<TItem>> set, WireObject<TItem> shape)
        where TItem : class, new() =>
        List(name, get, set, shape.Write, shape.Read, JsonTokenType.StartObject);

    /// <summary>A list of strings (nulls kept).</summary>
    public WireObject<T> TextList(string name, Func<T, IList<string>?> get, Action<T, List<string>> set) =>
        List(name, get, set, (writer, text) => writer.WriteStringValue(text), WireValueReader.ReadText, JsonTokenType.String);

    /// <summary>A member written here but, being rare on the way in and a small schema of its own, read by Json.NET.</summary>
    public WireObject<T> WrittenOnly<TMember>(string name, Func<T, TMember?> get, Action<Utf8JsonWriter, TMember> write)
        where TMember : class => Add(name, WhenSet(get, write), read: null);

    /// <summary>Writes the object; only the class itself (no subclass, which Json.NET would write with its own contract).</summary>
    public void Write(Utf8JsonWriter writer, T value)
    {
        WireValueWriter.Exact(value, typeof(T));
        writer.WriteStartObject();
        foreach (var member in _members)
        {
            member.Write(writer, member.Encoded, value);
        }

        // Json.NET writes extension data after the declared properties, each entry as it stands (null included).
        if (_getExtension?.Invoke(value) is { } properties)
        {
            for (var child = properties.First; child is not null; child = child.Next)
            {
                var property = (JProperty)child;
                writer.WritePropertyName(property.Name);
                WireValueWriter.WriteToken(writer, property.Value);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads the object the reader is on (its start) up to its end.</summary>
    public T Read(ref Utf8JsonReader reader)
    {
        var target = new T();
        while (NextMember(ref reader, out var name, out var member))
        {
            if (member is not null)
            {
                (member.Read ?? throw new WireFallbackException(typeof(T)))(ref reader, target);
                continue;
            }

            // A declared member written in another case is one Json.NET would still match: left to it.
            foreach (var declared in _declared)
            {
                if (string.Equals(declared, name, StringComparison.OrdinalIgnoreCase))
                {
                    throw new WireFallbackException(typeof(T));
                }
            }

            if (_setExtension is null)
            {
                reader.Skip();
            }
            else
            {
                // An undeclared member goes to the extension data, as a tree (a repeated name replaces the earlier value in place).
                var properties = _getExtension!(target) ?? new JObject();
                properties[name] = WireValueReader.ReadToken(ref reader);
                _setExtension(target, properties);
            }
        }

        return target;
    }

    /// <summary>Ends the table: the extension data's own name counts as declared (Json.NET matches it, so it is left to it).</summary>
    public WireObject<T> Done()
    {
        _declared = [.. _members.Select(member => member.Name), .. _setExtension is null ? Array.Empty<string>() : ["properties"]];
        return this;
    }

    // On the next member's value, after its name; false at the end of the object. A declared member given as null is
    // passed over: the SDK's settings ignore null values when reading too, so it keeps the value it had.
    private bool NextMember(ref Utf8JsonReader reader, out string name, out Member? member)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            name = reader.GetString()!;
            reader.Read();
            _byName.TryGetValue(name, out member);
            if (reader.TokenType != JsonTokenType.Null || (member is null && Array.IndexOf(_declared, name) < 0))
            {
                return true;
            }
        }

        name = string.Empty;
        member = null;
        return false;
    }

    private WireObject<T> List<TItem>(
        string name, Func<T, IList<TItem>?> get, Action<T, List<TItem>> set, Action<Utf8JsonWriter, TItem> write, ReadValue<TItem> read, JsonTokenType itemToken) => Add(
        name,
        WhenSet(get, (writer, items) => WireValueWriter.WriteList(writer, items, write)),
        (ref reader, target) =>
        {
            if (reader.TokenType != JsonTokenType.StartArray || get(target) is not null)
            {
                throw new WireFallbackException(typeof(List<TItem>));
            }

            var items = new List<TItem>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(reader.TokenType == JsonTokenType.Null ? default! : reader.TokenType == itemToken ? read(ref reader) : throw new WireFallbackException(typeof(TItem)));
            }

            set(target, items);
        });

    // A date or an object-typed member: written as the SDK's settings write a value (dates in UTC, Json.NET's number forms).
    private static Action<Utf8JsonWriter, JsonEncodedText, T> WriteValue(Func<T, object?> get) => WhenSet(get, WireValueWriter.WriteValue);

    // The SDK's settings leave null members out: a member's name and value are written only when it is set.
    private static Action<Utf8JsonWriter, JsonEncodedText, T> WhenSet<TMember>(Func<T, TMember?> get, Action<Utf8JsonWriter, TMember> write)
        where TMember : class => (writer, encoded, target) =>
    {
        if (get(target) is { } value)
        {
            writer.WritePropertyName(encoded);
            write(writer, value);
        }
    };

    private WireObject<T> Add(string name, Action<Utf8JsonWriter, JsonEncodedText, T> write, ReadMember? read)
    {
        var member = new Member(name, JsonEncodedText.Encode(name), write, read);
        _members.Add(member);
        _byName.Add(name, member);
        return this;
    }

    private sealed record Member(string Name, JsonEncodedText Encoded, Action<Utf8JsonWriter, JsonEncodedText, T> Write, ReadMember? Read);
}
