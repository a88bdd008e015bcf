using System.Text.Json;

namespace CrossBorderBot.Storage;

/// <summary>
/// A small plain state value (its public properties in declaration order, nulls written) read and written by
/// <see cref="PlainJson"/>, behind a leading <c>$type</c> as Json.NET's state serializer writes it.
/// </summary>
internal sealed class PlainStateValueCodec(Type type) : IStateValueCodec
{
    private readonly PlainJsonContract _contract = PlainJsonContract.Of(type);
    private readonly string _typeName = StateValueCodecs.TypeNameOf(type);

    public Type Type => type;

    // The "$type" property is not one of the type's properties, so it is skipped.
    public object Read(ReadOnlyMemory<byte> json) =>
        PlainJson.Read(json.Span, type, PlainJsonSettings.State) ?? throw new JsonException($"A stored {type.Name} is null.");

    public void Write(Utf8JsonWriter writer, object value) =>
        PlainJson.WriteObject(writer, value, _contract, PlainJsonSettings.State, _typeName);
}
