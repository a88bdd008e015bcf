using System.Text.Json;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Reads and writes the stored dialog stack (read and written on every turn) with System.Text.Json, in the JSON
/// Json.NET's state serializer gave it: <c>{"$type":…,"dialogStack":[{"id":…,"version":…,"state":{…}}]}</c>. Each
/// instance's state stays its stored JSON until a dialog asks for a value (<see cref="DialogValueMap"/>). Stacks stored
/// with a type name on every object and the list wrapped in <c>{"$type":…,"$values":[…]}</c> read the same.
/// </summary>
internal sealed class DialogStateCodec : IStateValueCodec
{
    private static readonly string TypeName = StateValueCodecs.TypeNameOf(typeof(DialogState));

    public Type Type => typeof(DialogState);

    public object Read(ReadOnlyMemory<byte> json) => DialogValueJson.ReadStack(json);

    public void Write(Utf8JsonWriter writer, object value) => DialogValueJson.WriteStack(writer, (DialogState)value, TypeName);
}
