using Gateway.Tests.Posos.Support;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// Snapshots of whole answers with every Posos field selected (<see cref="PososDocuments"/>): a patient's page against the
/// sandbox (alerts, interactions, suggestions, studies with eligibility), and every field filled by the scripted Posos.
/// </summary>
public sealed class PososSnapshotTests
{
    /// <summary>Against the sandbox.</summary>
    public sealed class Sandbox(PososFixture posos) : IClassFixture<PososFixture>
    {
        [Fact]
        public async Task A_patient_s_page_matches_its_snapshot_for_one_eclaire_search_and_two_posos_operations()
        {
            await posos.ResetAsync();

            var response = await posos.QueryAsync(PososDocuments.PatientPage, PososDocuments.PatientPageVariables);

            response.AssertNoErrors();
            Snapshot.Match("posos-patient-page", response.Data);
            Assert.Equal(1, await posos.EclaireRequestsAsync());
            Assert.Equal(2, (await posos.OperationsAsync()).Count);
        }
    }

    /// <summary>Against the scripted Posos.</summary>
    public sealed class Scripted(ScriptedPososFixture gateway) : IClassFixture<ScriptedPososFixture>
    {
        [Fact]
        public async Task Every_field_matches_its_snapshot()
        {
            gateway.Posos.Mode = ScriptedMode.Canned;

            var response = await gateway.QueryAsync(PososDocuments.EveryField);

            response.AssertNoErrors();
            Snapshot.Match("posos-every-field", response.Data);
        }
    }
}
