package cn.kjj.platform.contract;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRuleProfileRepository extends JpaRepository<RegionRuleProfile, String> {
}
