using System.Text;
using FsCheck.Xunit;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

public class MedQaJsonPropertyTests
{
    [Property(Arbitrary = [typeof(ThreadArbitraries)], MaxTest = 300)]
    public bool Deserialize_SerializedValidThread_EqualsTheOriginal(QaThread thread)
        => MedQaJson.Deserialize(MedQaJson.Serialize(thread)) == thread
            && MedQaJson.Deserialize(Encoding.UTF8.GetBytes(MedQaJson.Serialize(thread, indented: true))) == thread;

    [Property(Arbitrary = [typeof(ThreadArbitraries)], MaxTest = 100)]
    public bool Serialize_AnyValidThread_MatchesTheSchema(QaThread thread)
        => MedQaJsonSchemaTests.Validate(MedQaJson.Serialize(thread)).IsValid;
}
