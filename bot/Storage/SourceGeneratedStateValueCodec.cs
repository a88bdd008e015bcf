using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CrossBorderBot.Storage;

/// <summary>
/// A state value read and written by System.Text.Json's source-generated code (<see cref="StateJsonContext"/>),
/// for small plain types whose Json.NET shape is just their public properties in declaration order.
/// </summary>
internal sealed class SourceGeneratedStateValueCodec<T> : IStateValueCodec
    where T : class
{
    private readonly JsonTypeInfo<T> _typeInfo;

    // {"$type":"…", — the generated serializer writes a whole object, so the type name is put in front of it.
    private readonly byte[] _typePrefix;

    public SourceGeneratedStateValueCodec(JsonTypeInfo<T> typeInfo)
    {
        _typeInfo = typeInfo;
        _typePrefix = Encoding.UTF8.GetBytes("{\"" + StateValueCodecs.TypeProperty + "\":" + JsonSerializer.Serialize(StateValueCodecs.TypeNameOf(typeof(T))));
    }

    public Type Type => typeof(T);

    // The "$type" property is not one of T's properties, so System.Text.Json skips it.
    public object Read(ReadOnlyMemory<byte> json) =>
        JsonSerializer.Deserialize(json.Span, _typeInfo) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");

    public void Write(Utf8JsonWriter writer, object value)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes((T)value, _typeInfo);
        var hasProperties = body.Length > 2;
        var json = new byte[_typePrefix.Length + (hasProperties ? body.Length : 1)];
        _typePrefix.CopyTo(json, 0);
        if (hasProperties)
        {
            json[_typePrefix.Length] = (byte)',';
            body.AsSpan(1).CopyTo(json.AsSpan(_typePrefix.Length + 1));
        }
        else
        {
            json[^1] = (byte)'}';
        }

        writer.WriteRawValue(json, skipInputValidation: true);
    }
}
