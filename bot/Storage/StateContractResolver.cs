using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Storage;

/// <summary>
/// Json.NET's contracts for bot state, which also honour System.Text.Json's
/// <c>[JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]</c>: a member added to a state type after its
/// first release is marked "left out while null" once, and both writers of state (<see cref="PlainJson"/>, which reads
/// that attribute, and Json.NET's state serializer) leave it out, so documents of conversations that never set it stay
/// as they were.
/// </summary>
internal sealed class StateContractResolver : DefaultContractResolver
{
    /// <summary>One shared instance: Json.NET caches the contracts per resolver.</summary>
    public static StateContractResolver Instance { get; } = new();

    private StateContractResolver()
    {
    }

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (member.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>()?.Condition == System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)
        {
            property.NullValueHandling = NullValueHandling.Ignore;
        }

        return property;
    }
}
