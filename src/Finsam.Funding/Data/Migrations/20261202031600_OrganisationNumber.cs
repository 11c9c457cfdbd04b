using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Finsam.Funding.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "organisation_number",
                table: "federations",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "organisation_number",
                table: "federations");
        }
    }
}
