// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

namespace testsupport {

//! Whether this process runs in the throwaway Secret Service session of
//! tests/with-keyring.sh: XDG_DATA_HOME and XDG_RUNTIME_DIR under the temporary directory
//! and a D-Bus session bus. Keyring tests refuse to run otherwise:
//!     QVERIFY2(testsupport::inThrowawayKeyring(), testsupport::notInThrowawayKeyring);
bool inThrowawayKeyring();

//! Why a keyring test refuses to run outside with-keyring.sh.
inline constexpr char notInThrowawayKeyring[]
    = "run this test through tests/with-keyring.sh (ctest does): it must not touch your real "
      "keyring";

} // namespace testsupport
